/**
 * The `videogen` program: global options, the commands, and one place that turns any failure into
 * an exit code and a message (or a JSON document) without ever showing the API key.
 */
import { DEFAULT_BASE_URL } from "@videogenapi/sdk";
import { Command, CommanderError, Option } from "commander";
import pkg from "../package.json" with { type: "json" };
import { registerDownload } from "./commands/download.ts";
import { registerGenerate } from "./commands/generate.ts";
import { registerList } from "./commands/list.ts";
import { registerModels } from "./commands/models.ts";
import { registerStatus } from "./commands/status.ts";
import { registerUser } from "./commands/user.ts";
import { registerWait } from "./commands/wait.ts";
import { EXIT } from "./exit-codes.ts";
import { describeError, redact } from "./output/describe-error.ts";
import { Printer } from "./output/printer.ts";

const HELP_FOOTER = `
Environment:
  VIDEOGEN_API_KEY   the API key (or --api-key; the environment keeps it out of your shell history)
  VIDEOGEN_BASE_URL  the API's base URL (or --base-url), e.g. http://127.0.0.1:4010 for the local simulator

Exit codes:
  ${EXIT.ok}    done
  ${EXIT.apiError}    API error (or network, or the file could not be written)
  ${EXIT.usage}    usage error: a bad flag or value, or no API key
  ${EXIT.generationFailed}    the generation failed
  ${EXIT.timedOut}    --timeout passed while waiting (the generation goes on)
  ${EXIT.interrupted}  Ctrl-C (prints the command to resume with)

Example:
  videogen generate "A cat in a garden" --wait --out cat.mp4`;

export function buildProgram(): Command {
  const program = new Command("videogen")
    .description("The VideoGen API from the command line: generate videos, follow them, download them.")
    .version(pkg.version, "-V, --version")
    .addOption(new Option("--api-key <key>", "API key").env("VIDEOGEN_API_KEY"))
    .addOption(new Option("--base-url <url>", `API base URL (default ${DEFAULT_BASE_URL})`).env("VIDEOGEN_BASE_URL"))
    .option("--json", "print one JSON document on stdout: the result, or {\"error\": …}")
    .option("-q, --quiet", "print only the result (an id, a path, a URL)")
    .configureHelp({ showGlobalOptions: true })
    // Failures are reported by run() below, in the chosen output mode, with our exit codes.
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText("after", HELP_FOOTER);
  for (const register of [registerGenerate, registerStatus, registerWait, registerList, registerUser, registerModels, registerDownload]) register(program);
  return program;
}

/** The key as given on the command line or in the environment, only to scrub it from error output. */
function secretIn(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--api-key" || a.startsWith("--api-key="));
  const given = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.slice("--api-key=".length) : argv[i + 1];
  return given || process.env.VIDEOGEN_API_KEY || undefined;
}

/** Runs the command line; resolves with the exit code. */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      if (error.code === "commander.help") return EXIT.usage; // no command: the help went to stderr
    }
    // Parsing may have failed before the options were read, so the mode comes from argv itself.
    const mode = argv.includes("--json") ? "json" : argv.includes("--quiet") || argv.includes("-q") ? "quiet" : "human";
    const doc = redact(describeError(error), secretIn(argv));
    if (error instanceof CommanderError) {
      const command = program.commands.find((c) => argv.slice(2).includes(c.name()));
      doc.hint = `See: videogen ${command ? `${command.name()} ` : ""}--help`;
    }
    new Printer(mode).error(doc);
    return doc.exit_code;
  }
}
