/**
 * Benchmark of team mode on workerd: the bundled team Worker and its Durable Objects in a local
 * workerd over loopback (state in a temporary folder), loaded with autocannon — requests/s and p99
 * latency of POST /v1/generate and GET /v1/status/{id} for one key (one object), and POST spread
 * over four keys (four objects).
 *   pnpm --filter @videogenapi/simulator bench:workers [-- --duration 10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startTeamWorkerd } from "../test/helpers/team-workerd.ts";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const KEYS = ["bench_key_a", "bench_key_b", "bench_key_c", "bench_key_d"];
const body = JSON.stringify({ model: "kling_25", prompt: "A cat playing with a ball in a sunny garden", duration: 5 });

const dir = mkdtempSync(join(tmpdir(), "sim-bench-workers-"));
const team = await startTeamWorkerd(dir, {
  VIDEOGEN_SIM_KEYS: JSON.stringify(KEYS.map((key) => ({ key, monthly_limit: 1_000_000_000, rate_limit: { requests: 0 } }))),
});

interface Result {
  rps: number;
  p99: number;
  non2xx: number;
}

async function load(path: string | ((i: number) => string), method: "GET" | "POST", keys: string[]): Promise<Result> {
  const requests = keys.map((key, i) => ({
    method,
    path: typeof path === "string" ? path : path(i),
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    ...(method === "POST" ? { body } : {}),
  }));
  const result = await autocannon({ url: team.url, connections, duration, requests });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

try {
  const created = await fetch(`${team.url}/v1/generate`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEYS[0]}`, "content-type": "application/json" },
    body,
  });
  const id = ((await created.json()) as { generation_id: string }).generation_id;
  const rows: Array<[string, Result]> = [
    ["POST /v1/generate, one key", await load("/v1/generate", "POST", [KEYS[0]!])],
    ["GET /v1/status/{id}, one key", await load(`/v1/status/${id}`, "GET", [KEYS[0]!])],
    ["POST /v1/generate, four keys in turn", await load("/v1/generate", "POST", KEYS)],
  ];
  console.log(`\nteam mode on workerd (miniflare ${(await import("miniflare/package.json", { with: { type: "json" } })).default.version}), ${connections} connections, ${duration} s per run, Node ${process.version}\n`);
  console.log("| measure | req/s | p99 latency | non-2xx |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [label, r] of rows) console.log(`| ${label} | ${r.rps.toFixed(0)} | ${r.p99.toFixed(0)} ms | ${r.non2xx} |`);
} finally {
  await team.stop();
  rmSync(dir, { recursive: true, force: true });
}
