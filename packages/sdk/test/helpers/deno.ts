/** The `deno` binary of the npm package `deno` (a devDependency), run as a child process. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The native executable the package installs beside its Node launcher. */
export const deno = join(dirname(createRequire(import.meta.url).resolve("deno/package.json")), "deno");

export function runDeno(args: string[], { cwd, env }: { cwd: string; env: Record<string, string> }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // No terminal on stdin: Deno refuses a permission it was not given instead of asking.
    const child = spawn(deno, args, { cwd, env: { ...env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
