/**
 * Benchmark: the simulator (built bin) with its SQLite store in memory and on disk (--data-dir),
 * against Prism's mock on the same bundled spec and two floors (bare node:http, and a Hono app that
 * does none of the simulator's work), in the same run, with autocannon — requests/s and
 * p99 latency of POST /v1/generate and GET /v1/status/{id} at 50 connections (after 1 s of unmeasured
 * load on each server and route), and the time from
 * process start to the first answer. Run `pnpm build` first.
 *   pnpm --filter @videogenapi/simulator bench [-- --duration 10]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const require = createRequire(import.meta.url);
// `pnpm bench -- --duration 5` passes the "--" through.
const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== "--"), options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" }, workers: { type: "string", default: "0" } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
// autocannon in worker threads (--workers 1) instead of this process's main thread: on 2 cores the
// load generator and the server share the CPU either way; the README reports both.
const workers = Number(values.workers);
const KEY = "lt_dev_videogen_local";
const WARM_UP_SECONDS = 1;
const body = JSON.stringify({ model: "kling_25", prompt: "A cat playing with a ball in a sunny garden", duration: 5 });

type Result = { rps: number; p99: number; non2xx: number; cpuPerRequest: number | undefined };

interface Server {
  name: string;
  url: string;
  startMs: number;
  child: ChildProcess;
}

async function start(name: string, args: string[], port: number): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/v1/user`, { headers: { authorization: `Bearer ${KEY}` } });
      return { name, url, startMs: performance.now() - started, child };
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

/**
 * CPU seconds the process has used (user + system, from /proc; Linux only). Per request it moves
 * far less than req/s when other work shares the machine.
 */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

async function load(server: Server, path: string, method: "GET" | "POST"): Promise<Result> {
  const run = (seconds: number) =>
    autocannon({
      url: server.url + path,
      method,
      connections,
      duration: seconds,
      ...(workers > 0 ? { workers } : {}),
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      ...(method === "POST" ? { body } : {}),
    });
  // Unmeasured: each server (Prism too) gets its code paths compiled by the JIT before the count starts.
  await run(WARM_UP_SECONDS);
  const cpuBefore = cpuSeconds(server.child.pid);
  const result = await run(duration);
  const cpuAfter = cpuSeconds(server.child.pid);
  const cpuPerRequest = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) / result.requests.total) * 1e6;
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, cpuPerRequest };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}


const bin = new URL("../dist/bin.js", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "videogen-bench-"));
const simArgs = (port: number, extra: string[] = []) => [bin, "--port", String(port), "--quiet", "--rate-limit", "0", "--monthly-limit", "1000000000", ...extra];
const memoryPort = await freePort();
const memory = await start("simulator (memory)", simArgs(memoryPort), memoryPort);
const diskPort = await freePort();
const disk = await start("simulator (--data-dir)", simArgs(diskPort, ["--data-dir", dataDir]), diskPort);
const prismPort = await freePort();
const prism = await start(
  "prism",
  [require.resolve("@stoplight/prism-cli/dist/index.js"), "mock", require.resolve("@videogenapi/spec/openapi.yaml"), "--host", "127.0.0.1", "--port", String(prismPort)],
  prismPort,
);

/**
 * The floor: Node's own HTTP server reading the body and answering a fixed JSON of the simulator's
 * size, no framework. What it costs per request (the kernel's loopback TCP and Node's HTTP) every
 * server here pays too, so it bounds the ratio any server can reach against Prism.
 */
const FLOOR_SERVER = `
const body = JSON.stringify({ success: true, filler: "x".repeat(900) });
require("node:http").createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(body));
}).listen(Number(process.argv[1]), "127.0.0.1");`;
const floorPort = await freePort();
const floor = await start("node:http floor", ["-e", FLOOR_SERVER, String(floorPort)], floorPort);

/**
 * The framework's floor: the simulator's own stack (Hono on @hono/node-server) with both routes but
 * none of the simulator's work (no validation, store, auth or clock): it parses the JSON body and
 * answers a fixed JSON of the simulator's size with a CORS and a request-id header. `simulator − Hono
 * floor` is what the simulator itself costs per request.
 */
const HONO_SERVER = `
const { Hono } = require(${JSON.stringify(require.resolve("hono"))});
const { serve } = require(${JSON.stringify(require.resolve("@hono/node-server"))});
const filler = "x".repeat(900);
const headers = { "content-type": "application/json", "access-control-allow-origin": "*", "x-request-id": "00000000-0000-4000-8000-000000000000" };
const app = new Hono();
app.post("/v1/generate", async (c) => new Response(JSON.stringify({ success: true, request: await c.req.json(), filler }), { headers }));
app.get("/v1/status/:id", (c) => new Response(JSON.stringify({ success: true, generation_id: c.req.param("id"), filler }), { headers }));
app.get("/v1/user", (c) => new Response("{}", { headers }));
serve({ fetch: app.fetch, port: Number(process.argv[1]), hostname: "127.0.0.1" });`;
const honoPort = await freePort();
const hono = await start("Hono floor", ["-e", HONO_SERVER, String(honoPort)], honoPort);

async function firstGeneration(url: string): Promise<string> {
  const created = await fetch(`${url}/v1/generate`, { method: "POST", headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" }, body });
  return ((await created.json()) as { generation_id: string }).generation_id;
}

const loadBefore = loadavg()[0]!;
/**
 * Waits until the generation has completed and its video is rendered: every generation of the run
 * has the same content, so that one render (a few CPU-seconds of ffmpeg) is all there is, and it
 * lands before the measuring instead of in the middle of the first server's run.
 */
async function videoRendered(url: string, id: string): Promise<void> {
  const headers = { authorization: `Bearer ${KEY}` };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const { status } = (await (await fetch(`${url}/v1/status/${id}`, { headers })).json()) as { status: string };
    if (status === "failed") throw new Error(`the first generation on ${url} failed`);
    if (status === "completed") {
      await (await fetch(`${url}/v1/video/${id}`, { method: "HEAD", headers })).arrayBuffer();
      return;
    }
  }
  throw new Error(`the first generation on ${url} did not complete within a minute`);
}

try {
  const ids = [await firstGeneration(memory.url), await firstGeneration(disk.url)];
  await Promise.all([videoRendered(memory.url, ids[0]!), videoRendered(disk.url, ids[1]!)]);
  const rows: Array<[string, Result, Result, Result, Result, Result]> = [];
  for (const [label, method, path] of [
    ["POST /v1/generate", "POST", (_id: string) => "/v1/generate"],
    ["GET /v1/status/{id}", "GET", (id: string) => `/v1/status/${id}`],
  ] as const) {
    const m = await load(memory, path(ids[0]!), method);
    const d = await load(disk, path(ids[1]!), method);
    const p = await load(prism, path("gen_686717fe97bd3_055867"), method);
    const f = await load(floor, path(ids[0]!), method);
    const h = await load(hono, path(ids[0]!), method);
    rows.push([label, m, d, p, f, h]);
  }
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  console.log(`\n${connections} connections, ${duration} s per run (after ${WARM_UP_SECONDS} s warm-up), autocannon ${workers > 0 ? `in ${workers} worker thread(s)` : "in-process"}, Node ${process.version}, load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after\n`);
  console.log("| measure | simulator (memory) | simulator (--data-dir) | Prism mock | ratio memory / disk | node:http floor | floor / Prism | Hono floor | Hono floor / Prism |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [label, m, d, p, f, h] of rows) {
    console.log(`| ${label} req/s | ${fmt(m.rps)} | ${fmt(d.rps)} | ${fmt(p.rps)} | ${fmt(m.rps / p.rps, 1)}× / ${fmt(d.rps / p.rps, 1)}× | ${fmt(f.rps)} | ${fmt(f.rps / p.rps, 1)}× | ${fmt(h.rps)} | ${fmt(h.rps / p.rps, 1)}× |`);
    console.log(`| ${label} p99 latency | ${fmt(m.p99)} ms | ${fmt(d.p99)} ms | ${fmt(p.p99)} ms | ${fmt(p.p99 / Math.max(m.p99, 1), 1)}× / ${fmt(p.p99 / Math.max(d.p99, 1), 1)}× lower | ${fmt(f.p99)} ms | | ${fmt(h.p99)} ms | |`);
    const cpu = (r: Result) => (r.cpuPerRequest === undefined ? "—" : `${fmt(r.cpuPerRequest)} µs`);
    const cpuRatio = (r: Result) => (r.cpuPerRequest === undefined || p.cpuPerRequest === undefined ? "—" : `${fmt(p.cpuPerRequest / r.cpuPerRequest, 1)}×`);
    console.log(`| ${label} server CPU per request | ${cpu(m)} | ${cpu(d)} | ${cpu(p)} | ${cpuRatio(m)} / ${cpuRatio(d)} less | ${cpu(f)} | ${cpuRatio(f)} less | ${cpu(h)} | ${cpuRatio(h)} less |`);
    if (m.non2xx + d.non2xx + p.non2xx + h.non2xx > 0) console.log(`|   non-2xx answers | ${m.non2xx} | ${d.non2xx} | ${p.non2xx} | | | | ${h.non2xx} | |`);
  }
  console.log(
    `| start to first answer | ${fmt(memory.startMs)} ms | ${fmt(disk.startMs)} ms | ${fmt(prism.startMs)} ms | ${fmt(prism.startMs / memory.startMs, 1)}× / ${fmt(prism.startMs / disk.startMs, 1)}× faster | | | | |`,
  );
} finally {
  for (const server of [memory, disk, prism, floor, hono]) server.child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
