/** `videogen list [--all] [--limit N] [--page N]`: the key's generations, newest first. */
import { LIMITS, ValidationError, type Generation, type GenerationList, type VideoGen } from "@videogenapi/sdk";
import { Option, type Command } from "commander";
import { createClient, outputMode, type GlobalOptions } from "../global-options.ts";
import { truncate } from "../output/format.ts";
import { stateText } from "../output/generation-text.ts";
import { Printer } from "../output/printer.ts";
import { table } from "../output/table.ts";

interface Options extends GlobalOptions {
  all?: boolean;
  limit?: string;
  page?: string;
}

type Range = [param: string, text: string | undefined, min: number, max: number];

/**
 * Integer flags within the contract's ranges, else one SDK ValidationError (a usage error naming
 * each flag at fault).
 */
function integers(...flags: Range[]): Array<number | undefined> {
  const bad = flags.filter(([, text, min, max]) => text !== undefined && !(Number.isInteger(Number(text)) && Number(text) >= min && Number(text) <= max));
  const [first, ...more] = bad.map(([param, text, min, max]) => new ValidationError(param, text, `${min} to ${max}`));
  if (first) throw new ValidationError(first.param, first.value, first.allowed, "", more.flatMap((e) => e.errors));
  return flags.map(([, text]) => (text === undefined ? undefined : Number(text)));
}

async function everyGeneration(client: VideoGen, limit: number): Promise<Generation[]> {
  const all: Generation[] = [];
  for await (const g of client.list({ limit })) all.push(g);
  return all;
}

export function registerList(program: Command): void {
  program
    .command("list")
    .summary("list the key's generations, newest first")
    .description("List the key's generations, newest first: one page, or every page with --all.")
    .option("-a, --all", "every generation, walking all pages")
    .option("-l, --limit <n>", `generations per page, ${LIMITS.limitMin} to ${LIMITS.limitMax} (default ${LIMITS.limitDefault}; ${LIMITS.limitMax} with --all)`)
    .addOption(new Option("-p, --page <n>", "which page (from 1)").conflicts("all"))
    .action(async (_flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<Options>();
      const [limit, page] = integers(["limit", o.limit, LIMITS.limitMin, LIMITS.limitMax], ["page", o.page, 1, LIMITS.pageMax]);
      const client = createClient(o);
      let generations: Generation[];
      let pagination: GenerationList["pagination"] | undefined;
      if (o.all) {
        generations = await everyGeneration(client, limit ?? LIMITS.limitMax);
      } else {
        ({ generations, pagination } = await client.list({ limit, page }));
      }
      const rows = generations.map((g) => [g.generation_id, stateText(g), g.model.key, `${g.duration} s`, g.resolution, g.created_at, truncate(g.prompt, 40)]);
      const footer = pagination ? `\nPage ${pagination.page} of ${pagination.total_pages} (${pagination.total} in all)${pagination.has_more ? "; next: --page " + (pagination.page + 1) : ""}` : `\n${generations.length} in all`;
      new Printer(outputMode(o)).result({
        json: { generations, ...(pagination && { pagination }) },
        quiet: generations.map((g) => g.generation_id).join("\n"),
        human: `${table(["id", "status", "model", "duration", "res", "created", "prompt"], rows)}${footer}`,
      });
    });
}
