/**
 * Per-call overhead on the Node running this file: raw fetch, bare openapi-fetch and this client,
 * interleaved, against one keep-alive loopback server in another process. Prints one JSON line of
 * per-contender times; bench/run.ts runs it once per Node version and prints the table.
 *   node --import tsx bench/overhead.ts [rounds]
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import { VideoGen } from "../src/index.ts";
import type { paths } from "../src/generated/schema.ts";

export interface OverheadResult {
  node: string;
  rounds: number;
  /** Per contender: median and p90 in microseconds. */
  contenders: { name: string; median: number; p90: number }[];
}

const rounds = Number(process.argv[2] ?? 4000);
const warmup = 500;
const KEY = "lt_bench_key";

const server = spawn(process.execPath, [fileURLToPath(new URL("./server.mjs", import.meta.url))], { stdio: ["pipe", "pipe", "inherit"] });
const [port] = (await once(server.stdout!, "data")) as [Buffer];
const base = `http://127.0.0.1:${String(port).trim()}`;

const bare = createClient<paths>({ baseUrl: base, headers: { Authorization: `Bearer ${KEY}` } });
const client = new VideoGen({ apiKey: KEY, baseUrl: base });
async function withTimeout(request: (signal: AbortSignal) => Promise<Response>): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    return await (await request(controller.signal)).json();
  } finally {
    clearTimeout(timer);
  }
}

const contenders: [string, () => Promise<unknown>][] = [
  ["raw fetch", async () => (await fetch(`${base}/v1/user`, { headers: { Authorization: `Bearer ${KEY}` } })).json()],
  // The floor for any client with a per-attempt timeout: fetch with an AbortSignal and a cleared timer.
  ["raw fetch + timeout", () => withTimeout((signal) => fetch(`${base}/v1/user`, { headers: { Authorization: `Bearer ${KEY}` }, signal }))],
  ["openapi-fetch", async () => (await bare.GET("/v1/user")).data],
  ["@videogenapi/sdk", () => client.user()],
];

const times: number[][] = contenders.map(() => []);
for (let round = 0; round < warmup + rounds; round++) {
  // Rotate the order each round so no contender always runs first (or right after a GC).
  for (let k = 0; k < contenders.length; k++) {
    const i = (round + k) % contenders.length;
    const started = performance.now();
    await contenders[i]![1]();
    if (round >= warmup) times[i]!.push(performance.now() - started);
  }
}
server.stdin!.end();

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]! * 1000;
const result: OverheadResult = {
  node: process.versions.node,
  rounds,
  contenders: contenders.map(([name], i) => ({ name, median: quantile(times[i]!, 0.5), p90: quantile(times[i]!, 0.9) })),
};
console.log(JSON.stringify(result));
