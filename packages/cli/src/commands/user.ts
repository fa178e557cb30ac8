/** `videogen user`: who the key belongs to, its plan and this month's usage. */
import type { Command } from "commander";
import { createClient, outputMode, type GlobalOptions } from "../global-options.ts";
import { Printer } from "../output/printer.ts";

export function registerUser(program: Command): void {
  program
    .command("user")
    .summary("show the key's account, plan and usage")
    .description("Show the account the API key belongs to, its plan and this month's usage. --quiet prints the generations left this month.")
    .action(async (_flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<GlobalOptions>();
      const account = await createClient(o).user();
      const { user, plan, usage } = account;
      const human = [
        `${user.name} <${user.email}> (${user.id})`,
        `Plan:  ${plan.name} (${plan.key})`,
        `Usage: ${usage.current_month_usage} of ${usage.monthly_limit} generations this month, ${usage.remaining} left; resets ${usage.resets_at}`,
      ].join("\n");
      new Printer(outputMode(o)).result({ json: { account }, quiet: String(usage.remaining), human });
    });
}
