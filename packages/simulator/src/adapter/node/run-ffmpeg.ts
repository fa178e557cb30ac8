/**
 * Runs one ffmpeg process with a time limit: past it the process is killed (SIGKILL) and the run
 * fails. Failures are one line each, saying why, for the server's log.
 */
import { spawn } from "node:child_process";

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  /** Aborting kills the process (the server is closing). */
  signal?: AbortSignal;
}

/** After the process exits, how long to wait for the rest of its error output. */
const STDERR_GRACE_MS = 100;

export function runFfmpeg(binary: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd: options.cwd,
      stdio: ["ignore", "ignore", "pipe"],
      windowsHide: true,
      ...(options.signal ? { signal: options.signal, killSignal: "SIGKILL" as const } : {}),
    });
    let stderr = "";
    let timedOut = false;
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on("error", (error) => finish(new Error(`ffmpeg could not be run: ${error.message}`)));
    child.on("exit", (code, signal) => {
      const outcome = () => {
        if (timedOut) return new Error(`ffmpeg did not finish within ${options.timeoutMs} ms and was killed`);
        if (code === 0) return undefined;
        const last = lastLine(stderr);
        const how = code !== null ? `exited with code ${code}` : `was killed by ${signal}`;
        return new Error(`ffmpeg ${how}${last ? `: ${last}` : ""}`);
      };
      // 'close' follows once its error output is read; a leftover child holding the pipe must not stall us.
      const grace = setTimeout(() => finish(outcome()), STDERR_GRACE_MS);
      child.once("close", () => {
        clearTimeout(grace);
        finish(outcome());
      });
    });
  });
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const line = lines.at(-1) ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
