/** Runs a command to completion, capturing its output; a non-zero exit throws with that output. */
import { spawn } from "node:child_process";

export function exec(command, args, { cwd, env = process.env, timeout = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(output);
      const why = signal === "SIGKILL" ? `timed out after ${timeout} ms` : `exited with ${code ?? signal}`;
      reject(new Error(`${command} ${args.join(" ")} ${why}:\n${output.trim()}`));
    });
  });
}
