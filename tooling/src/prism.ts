/**
 * Starts Prism (the contract mock) on the bundled spec, on a free loopback port, waits until it
 * answers, and stops it. For tests: `const prism = await startPrism(); … await prism.stop();`
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { bundledSpecYaml } from "./paths.ts";
import { freePort } from "./free-port.ts";

export interface RunningPrism {
  /** Base URL, e.g. http://127.0.0.1:43123 (paths are /v1/...). */
  url: string;
  stop(): Promise<void>;
}

export interface PrismOptions {
  /** `mock` serves examples; `proxy` forwards to `upstream` and checks its answers against the spec. */
  mode?: "mock" | "proxy";
  upstream?: string;
  spec?: string;
  /** Give up if Prism has not answered within this many milliseconds. */
  startTimeoutMs?: number;
  /** More Prism flags, e.g. `--validate-request=false` so a proxy forwards bad requests too. */
  args?: string[];
}

const prismBin = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

export async function startPrism(options: PrismOptions = {}): Promise<RunningPrism> {
  const { mode = "mock", upstream, spec = bundledSpecYaml, startTimeoutMs = 30_000, args: extra = [] } = options;
  if (mode === "proxy" && !upstream) throw new Error("startPrism: proxy mode needs `upstream`, the URL to check.");
  const port = await freePort();
  const args = [prismBin, mode, spec, ...(mode === "proxy" ? [upstream!, "--errors"] : []), ...extra, "--host", "127.0.0.1", "--port", String(port)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, child, startTimeoutMs);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`Prism did not start: ${(error as Error).message}\n${output}`);
  }
  return { url, stop: () => stop(child) };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      // Any HTTP answer (even 401/404) means Prism is serving.
      await fetch(`${url}/v1/user`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`no answer within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
