/** `videogen models`: the model catalog, as generated from the contract into the SDK (no request, no key). */
import { MODELS } from "@videogenapi/sdk";
import type { Command } from "commander";
import { outputMode, type GlobalOptions } from "../global-options.ts";
import { Printer } from "../output/printer.ts";
import { table } from "../output/table.ts";

const durations = ({ min, max }: { min: number; max: number }) => (min === max ? `${min} s` : `${min}-${max} s`);

export function registerModels(program: Command): void {
  program
    .command("models")
    .summary("list the models and what each accepts")
    .description("The model catalog: key, name, tier, durations, resolutions and modes (text-to-video, image-to-video). Needs no key.")
    .action((_flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<GlobalOptions>();
      const models = Object.values(MODELS);
      const rows = models.map((m) => [m.key, m.name, m.tier, durations(m.durations), m.resolutions.join(", "), m.modes.join(", ")]);
      new Printer(outputMode(o)).result({
        json: { models },
        quiet: models.map((m) => m.key).join("\n"),
        human: table(["key", "name", "tier", "durations", "resolutions", "modes"], rows),
      });
    });
}
