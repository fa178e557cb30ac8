/**
 * Benchmark (a script, not a test): per-call overhead of this client against raw fetch and bare
 * openapi-fetch, on one keep-alive loopback server in another process, calls interleaved; then the
 * bundle-size table against the anchor SDKs, all measured by scripts/size.ts.
 *   pnpm bench [rounds]
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import createClient from "openapi-fetch";
import { VideoGen } from "../src/index.ts";
import type { paths } from "../src/generated/schema.ts";
import { ANCHORS } from "../scripts/anchors.ts";
import { FULL_CLIENT, measure } from "../scripts/size.ts";

const rounds = Number(process.argv[2] ?? 4000);
const warmup = 500;
const KEY = "lt_bench_key";

const server = spawn(process.execPath, [new URL("./server.mjs", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
const [port] = (await once(server.stdout!, "data")) as [Buffer];
const base = `http://127.0.0.1:${String(port).trim()}`;

const bare = createClient<paths>({ baseUrl: base, headers: { Authorization: `Bearer ${KEY}` } });
const client = new VideoGen({ apiKey: KEY, baseUrl: base });
const contenders: [string, () => Promise<unknown>][] = [
  ["raw fetch", async () => (await fetch(`${base}/v1/user`, { headers: { Authorization: `Bearer ${KEY}` } })).json()],
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

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const rawMedian = quantile(times[0]!, 0.5);
console.log(`\nPer-call time, GET /v1/user on a keep-alive loopback server (Node ${process.versions.node}, ${rounds} interleaved rounds after ${warmup} warm-up)\n`);
console.log("| client | median (µs) | p90 (µs) | median vs raw fetch |");
console.log("| --- | ---: | ---: | ---: |");
contenders.forEach(([name], i) => {
  const median = quantile(times[i]!, 0.5);
  console.log(`| ${name} | ${(median * 1000).toFixed(0)} | ${(quantile(times[i]!, 0.9) * 1000).toFixed(0)} | ${(median / rawMedian).toFixed(2)}× |`);
});

console.log("\nBundle size: esbuild --bundle --minify (ESM, browser) + gzip -9 of the entry each user imports\n");
console.log("| package | entry | minified | min+gzip |");
console.log("| --- | --- | ---: | ---: |");
const kb = (n: number) => `${n.toLocaleString("en")} B`;
for (const { name, entry } of [{ name: "@videogenapi/sdk (full client)", entry: FULL_CLIENT }, ...ANCHORS]) {
  const size = await measure(entry);
  console.log(`| ${name} | \`${entry.trim()}\` | ${kb(size.minified)} | ${kb(size.gzip)} |`);
}
