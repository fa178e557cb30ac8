/**
 * Starts a real simulator process (the bin, from source via tsx) on a free loopback port and
 * stops it. Tests talk to it over HTTP only.
 */
import { fileURLToPath } from "node:url";
import { spawnListening, type ListeningProcess } from "@videogenapi/tooling/spawn-listening";

export const DEV_KEY = "lt_dev_videogen_local";
export const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const bin = fileURLToPath(new URL("../../src/adapter/node/bin.ts", import.meta.url));

export { spawnListening };
export type SimulatorProcess = ListeningProcess;

export function startSimulator(args: string[] = [], env: Record<string, string> = {}): Promise<SimulatorProcess> {
  return spawnListening(process.execPath, ["--import", "tsx", bin, "--port", "0", "--quiet", ...args], { cwd: packageDir, env });
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
