/** `videogen download ID [--out FILE]`: save a completed generation's MP4, with progress. */
import { GenerationFailedError, type StatusResponse } from "@videogenapi/sdk";
import type { Command } from "commander";
import { NotReadyError } from "../errors.ts";
import { save } from "../follow.ts";
import { createClient, outputMode, type GlobalOptions } from "../global-options.ts";
import { onInterrupt } from "../interrupt.ts";
import { formatBytes, shellWord } from "../output/format.ts";
import { stateText } from "../output/generation-text.ts";
import { Printer } from "../output/printer.ts";
import { progressFor } from "../progress/progress.ts";

interface Options extends GlobalOptions {
  out?: string;
}

export function registerDownload(program: Command): void {
  program
    .command("download")
    .summary("save a completed generation's MP4")
    .description("Save the MP4 of a completed generation. Exits 3 if the generation failed, 1 if it is not finished yet.")
    .argument("<id>", "generation id (gen_…)")
    .option("-o, --out <file>", "where to save it (default: <id>.mp4)")
    .action(async (id: string, _flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<Options>();
      const mode = outputMode(o);
      const out = o.out ?? `${id}.mp4`;
      const client = createClient(o);
      const interrupt = onInterrupt();
      try {
        // The status first, so a failed or unfinished generation gets its own answer rather than a 404.
        const generation: StatusResponse = await client.status(id, { signal: interrupt.signal });
        if (generation.status === "failed") throw new GenerationFailedError(generation);
        if (generation.status !== "completed") {
          throw new NotReadyError(`${id} is not finished yet (${stateText(generation)}).`, id, `videogen wait ${id} --out ${shellWord(out)}`);
        }
        const file = await save({ client, progress: progressFor(mode), interrupt }, generation, out);
        new Printer(mode).result({ json: { generation, file }, quiet: file.path, human: `Saved ${file.path} (${formatBytes(file.bytes)})` });
      } finally {
        interrupt.dispose();
      }
    });
}
