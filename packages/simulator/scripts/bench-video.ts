/**
 * Benchmark: how long `video_url` takes to send its first byte once the status says `completed`,
 * with videos rendered ahead (the default) and rendered on the first download (`--no-prerender`,
 * the behaviour before). Each run starts the simulator (from source, default speed and workers,
 * ffmpeg, a fresh data directory), submits the same 10 generations — one a 30 s 1080p clip — polls
 * each until it is completed, then downloads its video at once.
 *   pnpm --filter @videogenapi/simulator bench:video [-- --workers 2 --speed 10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { spawnListening } from "@videogenapi/tooling/spawn-listening";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { workers: { type: "string", default: "2" }, speed: { type: "string", default: "10" } },
});
const KEY = "lt_dev_videogen_local";
// Ten pollers at this pace stay light for the server, which shares the cores with the renders; the
// first byte is timed from the poll that saw `completed`, so the pace does not change the figures.
const POLL_MS = 250;
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../src/adapter/node/bin.ts", import.meta.url));

interface Job {
  model: string;
  duration: number;
  resolution: string;
  aspect_ratio?: string;
  add_audio?: boolean;
}

const JOBS: Job[] = [
  { model: "wan-25", duration: 30, resolution: "1080p" },
  { model: "seedance", duration: 5, resolution: "480p" },
  { model: "kling_25", duration: 10, resolution: "1080p" },
  { model: "sora-2", duration: 10, resolution: "720p" },
  { model: "veo_3", duration: 8, resolution: "1080p", add_audio: true },
  { model: "pixverse", duration: 8, resolution: "720p", aspect_ratio: "9:21" },
  { model: "ltxv-13b", duration: 20, resolution: "480p" },
  { model: "higgsfield_v1", duration: 15, resolution: "1080p" },
  { model: "nanobanana-video", duration: 6, resolution: "720p" },
  { model: "veo-31", duration: 8, resolution: "720p", add_audio: true },
];

const label = (job: Job) => `${job.model} ${job.duration} s ${job.resolution}${job.aspect_ratio ? ` ${job.aspect_ratio}` : ""}${job.add_audio ? " +audio" : ""}`;

interface Measured {
  firstByteMs: number;
  placeholder: boolean;
}

async function api(url: string, path: string, init: RequestInit = {}): Promise<any> {
  const response = await fetch(url + path, { ...init, headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json", ...init.headers } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** From the request to the first chunk of the body. */
async function firstByte(videoUrl: string): Promise<Measured> {
  const started = performance.now();
  const response = await fetch(videoUrl);
  const reader = response.body!.getReader();
  await reader.read();
  const firstByteMs = performance.now() - started;
  while (!(await reader.read()).done);
  if (response.status !== 200) throw new Error(`${videoUrl}: ${response.status}`);
  return { firstByteMs, placeholder: response.headers.get("x-simulator-video") === "placeholder" };
}

async function run(prerender: boolean): Promise<Measured[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-video-"));
  const args = ["--port", "0", "--quiet", "--data-dir", dataDir, "--rate-limit", "0", "--no-docs-example", "--workers", values.workers, "--speed", values.speed];
  const sim = await spawnListening(process.execPath, ["--import", "tsx", bin, ...args, ...(prerender ? [] : ["--no-prerender"])], { cwd: packageDir });
  const startedAt = Date.now();
  try {
    const ids: string[] = [];
    for (const [index, job] of JOBS.entries()) {
      const body = { ...job, prompt: `Benchmark clip ${index + 1}: ${label(job)}, a paper boat drifting down a rainy street` };
      ids.push((await api(sim.url, "/v1/generate", { method: "POST", body: JSON.stringify(body) })).generation_id);
    }
    const results = await Promise.all(
      ids.map(async (id, index) => {
        for (;;) {
          const status = await api(sim.url, `/v1/status/${id}`);
          if (status.status === "failed") throw new Error(`${id} failed: ${JSON.stringify(status)}`);
          if (status.status === "completed") {
            const seenAt = Date.now();
            const measured = await firstByte(status.video_url);
            const late = seenAt - Date.parse(status.completed_at);
            process.stderr.write(`  ${prerender ? "ahead" : "on download"}: ${label(JOBS[index]!)} completed at ${((Date.parse(status.completed_at) - startedAt) / 1000).toFixed(1)} s, seen ${late} ms later, first byte ${measured.firstByteMs.toFixed(0)} ms\n`);
            return measured;
          }
          await new Promise((r) => setTimeout(r, POLL_MS));
        }
      }),
    );
    if (sim.output().includes("could not render")) throw new Error(`a render failed:\n${sim.output()}`);
    return results;
  } finally {
    await sim.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function stats(values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, max: sorted.at(-1)! };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`.padStart(10);

// Other work on the machine slows renders: the load average is printed with the figures.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`Time to the first byte of video_url once status says completed (speed ${values.speed}, ${values.workers} workers, ${JOBS.length} generations, ${availableParallelism()} cores)`);
console.log(`load average before: ${load()}`);
const ahead = await run(true);
console.log(`load average after rendering ahead: ${load()}`);
const onDownload = await run(false);
console.log(`load average after rendering on download: ${load()}`);
console.log(`\n${"generation".padEnd(34)}${"rendered ahead".padStart(16)}${"on download".padStart(14)}`);
for (const [index, job] of JOBS.entries()) {
  const mark = (m: Measured) => `${ms(m.firstByteMs)}${m.placeholder ? " (placeholder!)" : ""}`;
  console.log(`${label(job).padEnd(34)}${mark(ahead[index]!).padStart(16)}${mark(onDownload[index]!).padStart(14)}`);
}
const a = stats(ahead.map((m) => m.firstByteMs));
const b = stats(onDownload.map((m) => m.firstByteMs));
console.log(`${"median".padEnd(34)}${ms(a.median).padStart(16)}${ms(b.median).padStart(14)}   ×${(b.median / a.median).toFixed(0)} faster`);
console.log(`${"max".padEnd(34)}${ms(a.max).padStart(16)}${ms(b.max).padStart(14)}   ×${(b.max / a.max).toFixed(0)} faster`);
