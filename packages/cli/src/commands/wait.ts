/** `videogen wait ID [--out FILE]`: wait for a generation someone already submitted, or resume an interrupted wait. */
import type { Command } from "commander";
import { follow } from "../follow.ts";
import { createClient, outputMode, type GlobalOptions } from "../global-options.ts";
import { onInterrupt } from "../interrupt.ts";
import { completedText } from "../output/generation-text.ts";
import { Printer } from "../output/printer.ts";
import { progressFor } from "../progress/progress.ts";
import { timeoutOption } from "./timeout-option.ts";

interface Options extends GlobalOptions {
  out?: string;
  timeout?: number;
}

export function registerWait(program: Command): void {
  program
    .command("wait")
    .summary("wait for a generation to finish (and save it with --out)")
    .description("Wait until a generation completes, with progress on stderr. Exits 3 if it fails, 4 at --timeout; Ctrl-C stops waiting (the generation goes on).")
    .argument("<id>", "generation id (gen_…)")
    .option("-o, --out <file>", "save the MP4 here once it is ready")
    .addOption(timeoutOption())
    .action(async (id: string, _flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<Options>();
      const mode = outputMode(o);
      const client = createClient(o);
      const interrupt = onInterrupt();
      try {
        const { generation, file } = await follow({ client, progress: progressFor(mode), interrupt }, id, { out: o.out, timeoutSeconds: o.timeout });
        new Printer(mode).result({
          json: { generation, ...(file && { file }) },
          quiet: file?.path ?? generation.video_url,
          human: completedText(generation, file),
        });
      } finally {
        interrupt.dispose();
      }
    });
}
