/**
 * Where output goes. stdout carries only the command's result — the JSON document with `--json`,
 * the bare value with `--quiet`, text otherwise — so it can be piped; notes, progress and errors
 * for people go to stderr.
 */
import type { OutputMode } from "../global-options.ts";
import type { ErrorDocument } from "./describe-error.ts";

export interface Result {
  /** The `--json` document (schemas/<command>.json). */
  json: object;
  /** The `--quiet` output: just the value a script wants. */
  quiet: string;
  /** What people read. */
  human: string;
}

export class Printer {
  constructor(
    readonly mode: OutputMode,
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
  ) {}

  result(result: Result): void {
    const text = this.mode === "json" ? JSON.stringify(result.json, null, 2) : this.mode === "quiet" ? result.quiet : result.human;
    if (text !== "") this.stdout.write(`${text}\n`);
  }

  /** A line for people on stderr (not in `--quiet` or `--json`). */
  note(text: string): void {
    if (this.mode === "human") this.stderr.write(`${text}\n`);
  }

  /** With `--json`, the error document on stdout (so a script reads one document either way); else text on stderr. */
  error(doc: ErrorDocument): void {
    if (this.mode === "json") {
      this.stdout.write(`${JSON.stringify({ error: doc }, null, 2)}\n`);
      return;
    }
    const lines = [`videogen: ${doc.message}`, ...(doc.errors ?? []).map((e) => `  ${e.flag ?? e.param}: ${e.message}`)];
    if (doc.hint) lines.push(`  ${doc.hint}`);
    if (doc.resume) lines.push(`  Resume with: ${doc.resume}`);
    this.stderr.write(`${lines.join("\n")}\n`);
  }
}
