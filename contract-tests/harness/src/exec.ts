/** Runs a command to completion and captures its output (stdout and stderr interleaved). */
import { spawn } from "node:child_process";

export interface ExecResult {
  code: number | null;
  output: string;
}

export function exec(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timeout = options.timeout ?? 120_000;
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") return reject(new Error(`${command} ${args.join(" ")} timed out after ${timeout} ms:\n${output}`));
      resolve({ code, output });
    });
  });
}

/** Like exec, but a non-zero exit throws with the output. */
export async function execOk(command: string, args: string[], options: Parameters<typeof exec>[2] = {}): Promise<string> {
  const { code, output } = await exec(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.trim()}`);
  return output;
}

/** The executable a project's devDependency puts in its node_modules/.bin. */
export const bin = (projectDir: string, name: string) => `${projectDir.replace(/\/$/, "")}/node_modules/.bin/${name}`;
