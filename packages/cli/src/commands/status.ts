/** `videogen status ID`: one generation as it is now. Exits 0 whatever its status; `wait` is the one that fails with it. */
import type { Command } from "commander";
import { createClient, outputMode, type GlobalOptions } from "../global-options.ts";
import { generationText } from "../output/generation-text.ts";
import { Printer } from "../output/printer.ts";

export function registerStatus(program: Command): void {
  program
    .command("status")
    .summary("show a generation's status")
    .description("Show one generation: status, phase and percent while it runs, video_url when completed, the reason when failed.")
    .argument("<id>", "generation id (gen_…)")
    .action(async (id: string, _flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<GlobalOptions>();
      const generation = await createClient(o).status(id);
      new Printer(outputMode(o)).result({ json: { generation }, quiet: generation.status, human: generationText(generation) });
    });
}
