/**
 * Starts a real simulator process (the bin, from source via tsx) on a free loopback port and
 * stops it. Tests talk to it over HTTP only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const DEV_KEY = "lt_dev_videogen_local";
export const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const bin = fileURLToPath(new URL("../../src/adapter/node/bin.ts", import.meta.url));

export interface SimulatorProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM (graceful) or SIGKILL (crash); resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startSimulator(args: string[] = [], env: Record<string, string> = {}): Promise<SimulatorProcess> {
  return spawnListening(process.execPath, ["--import", "tsx", bin, "--port", "0", "--quiet", ...args], { cwd: packageDir, env });
}

/** Spawns a server process and resolves once it prints "listening on http://127.0.0.1:<port>". */
export async function spawnListening(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<SimulatorProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulator did not start:\n${output}`)), 20_000);
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
      reject(new Error(`simulator exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(url: string, path: string, init: RequestInit & { key?: string | null } = {}): Promise<Answer> {
  const { key = DEV_KEY, headers, ...rest } = init;
  const response = await fetch(url + path, {
    ...rest,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(headers as Record<string, string>) },
  });
  const text = await response.text();
  const json = response.headers.get("content-type")?.includes("json");
  return { status: response.status, headers: response.headers, body: json && text ? JSON.parse(text) : text };
}

export function generate(url: string, body: unknown, headers: Record<string, string> = {}, key: string | null = DEV_KEY): Promise<Answer> {
  return call(url, "/v1/generate", {
    method: "POST",
    key,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Polls the status until it is completed or failed; returns every status seen, in order. */
export async function waitForEnd(url: string, id: string, key = DEV_KEY, timeoutMs = 30_000): Promise<{ final: any; seen: string[] }> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { body } = await call(url, `/v1/status/${id}`, { key });
    if (seen.at(-1) !== body.status) seen.push(body.status);
    if (body.status === "completed" || body.status === "failed") return { final: body, seen };
    await new Promise((r) => setTimeout(r, Math.min(body.poll_interval_ms ?? 50, 50)));
  }
  throw new Error(`${id} did not finish in ${timeoutMs} ms (seen: ${seen.join(" → ")})`);
}
