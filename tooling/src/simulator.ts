/**
 * Starts the built simulator (packages/simulator/dist/bin.js) on a free loopback port, waits for
 * its banner, and stops it. For tests outside the simulator package: docs samples, runtime tests.
 */
import { spawn } from "node:child_process";
import { repoRoot } from "./paths.ts";

export interface RunningSimulator {
  /** Base URL, e.g. http://127.0.0.1:43123 (paths are /v1/...). */
  url: string;
  /** The development key it accepts. */
  key: string;
  stop(): Promise<void>;
}

export const simulatorBin = `${repoRoot}packages/simulator/dist/bin.js`;

export async function startSimulator(args: string[] = []): Promise<RunningSimulator> {
  const child = spawn(process.execPath, [simulatorBin, "--port", "0", "--quiet", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulator did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`simulator exited (${code}) before listening (built? run pnpm --filter @videogenapi/simulator build):\n${output}`));
    });
  });
  const key = /Development key: (\S+)/.exec(output)?.[1] ?? "lt_dev_videogen_local";
  return {
    url,
    key,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
