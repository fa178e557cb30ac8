/** Runs the built `videogen` (dist/cli.js) as a child process, as a user's shell would, and captures what it printed. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const cliPath = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
if (!existsSync(cliPath)) throw new Error("The CLI is not built: run pnpm --filter @videogenapi/cli build");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** VIDEOGEN_* variables and the like; the parent's VIDEOGEN_* are never passed on. */
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** Called once the child runs (e.g. to send it SIGINT later). */
  onSpawn?: (child: ChildProcess) => void;
  /** Called with everything on stderr so far, at each new chunk (e.g. to send SIGINT at the right moment). */
  onStderr?: (child: ChildProcess, stderrSoFar: string) => void;
}

/** The environment of the child: the parent's, without any VIDEOGEN_ setting or test-runner noise. */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VIDEOGEN_|VITEST|NODE_OPTIONS$)/.test(k))) as Record<string, string>;
  return { ...base, ...extra };
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd, env: childEnv(options.env), stdio: ["ignore", "pipe", "pipe"] });
    options.onSpawn?.(child);
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`videogen ${args.join(" ")} did not finish in ${options.timeoutMs ?? 20_000} ms:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      options.onStderr?.(child, stderr);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
