/** Runs a command for the release scripts: output shown and kept, a clear error when it fails. */
import { spawnSync } from "node:child_process";

export interface Ran {
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Ran {
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (!options.quiet) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
  }
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}) in ${options.cwd}\n${result.stderr ?? ""}`);
  }
  return { stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/**
 * pnpm as the user started it: under `pnpm run`, npm_execpath points at pnpm's own entry point,
 * which works even when no pnpm is on PATH (the bootstrap's `.tools/` copy).
 */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm\.(c?js|mjs)$/.test(execPath)) return { command: process.execPath, prefix: [execPath] };
  return { command: "pnpm", prefix: [] };
}
