/**
 * Every recipe of the README is a file in examples/, run here as its own process against the real
 * simulator process, configured only by VIDEOGEN_API_KEY and VIDEOGEN_BASE_URL — and the README
 * shows each file verbatim (test/readme.test.ts). The Deno recipe runs with the exact permissions
 * the README's command line grants. The recipes run side by side: most of their time is spent
 * waiting for simulated generations.
 */
import { readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { afterAll, beforeAll, test } from "vitest";
import { MODELS, VideoGen } from "../src/index.ts";
import { runDeno } from "./helpers/deno.ts";
import { readmeBlocks } from "./helpers/readme.ts";
import { cleanEnv, examplesDir, runRecipe } from "./helpers/recipe.ts";

const QUOTA_KEY = "lt_recipe_quota";
const PAGES_KEY = "lt_recipe_pages";
let fast: RunningSimulator;
/** Slow enough that each phase lasts seconds: a recipe process starved of CPU still sees them. */
let slow: RunningSimulator;
/** So slow that the server asks for seconds between polls: stopping sooner proves the sleep was cut. */
let still: RunningSimulator;

beforeAll(async () => {
  const common = ["--rate-limit", "0", "--no-docs-example"];
  [fast, slow, still] = await Promise.all([
    startSimulator(["--speed", "200", ...common, "--key", `${QUOTA_KEY}:1`, "--key", PAGES_KEY]),
    startSimulator(["--speed", "10", ...common]),
    startSimulator(["--speed", "2", ...common]),
  ]);
});
afterAll(() => Promise.all([fast?.stop(), slow?.stop(), still?.stop()]));

/** Generous: several recipe processes start at once, and a loaded 2-core machine starts each slowly. */
const TIMEOUT = 90_000;
const on = (sim: RunningSimulator, apiKey = sim.key) => ({ apiKey, baseUrl: sim.url });
const ID = /gen_[0-9a-f]{13}_\d{6}/;

/** An MP4 file: its size, and the `ftyp` box at its start. */
async function mp4(path: string) {
  const bytes = await readFile(path);
  return { size: bytes.length, ftyp: bytes.subarray(4, 8).toString() };
}

test.concurrent("text-to-video: submit, wait, save the MP4", async ({ expect }) => {
  const run = await runRecipe("text-to-video.ts", on(fast));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const [, size] = /^Submitted gen_\S+\nSaved cat\.mp4 \((\d+) bytes\)\n$/.exec(run.stdout)!;
  expect(await mp4(join(run.cwd, "cat.mp4"))).toEqual({ size: Number(size), ftyp: "ftyp" });
}, TIMEOUT);

test.concurrent("image-to-video: the catalog's image models, and a generation from an image", async ({ expect }) => {
  const run = await runRecipe("image-to-video.ts", on(fast));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const imageModels = Object.values(MODELS).filter((m) => (m.modes as readonly string[]).includes("image-to-video"));
  const [models, result] = run.stdout.trimEnd().split("\n");
  expect(models).toBe(`Image-to-video models: ${imageModels.map((m) => m.key).join(", ")}`);
  const id = ID.exec(result!)![0];
  expect(result).toBe(`image-to-video ${id}: ${fast.url}/v1/video/${id}`);
  expect(await new VideoGen(on(fast)).status(id)).toMatchObject({ type: "image-to-video", status: "completed" });
}, TIMEOUT);

test.concurrent("audio: the audio phase follows the video phase under the same id", async ({ expect }) => {
  const run = await runRecipe("audio.ts", on(slow));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split("\n");
  expect(lines.indexOf("in_progress, phase video")).toBeGreaterThanOrEqual(0);
  expect(lines.indexOf("in_progress, phase audio")).toBeGreaterThan(lines.indexOf("in_progress, phase video"));
  expect(lines.at(-1)).toMatch(new RegExp(`^With audio: ${slow.url}/v1/video/${ID.source}$`));
}, TIMEOUT);

test.concurrent("progress: statuses and rising percentages while waiting, then the download in quarters", async ({ expect }) => {
  const run = await runRecipe("progress.ts", on(slow));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split("\n");
  const percents = lines.flatMap((l) => /^in_progress (\d+)%$/.exec(l)?.[1] ?? []).map(Number);
  expect(percents.length).toBeGreaterThanOrEqual(2);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  // Then each quarter of the file reached (the first chunk may already cover several).
  const size = (await stat(join(run.cwd, "boat.mp4"))).size;
  const download = lines.slice(lines.indexOf("completed") + 1).map((l) => Number(new RegExp(`^downloaded (\\d+)% of ${size} bytes$`).exec(l)?.[1]));
  expect(download.length).toBeGreaterThanOrEqual(1);
  expect(download).toEqual([...new Set(download)].sort((a, b) => a - b));
  expect(download.at(-1)).toBe(100);
}, TIMEOUT);

test.concurrent("abort: Ctrl-C stops waiting at once, and the generation goes on", async ({ expect }) => {
  let signalled = 0;
  let stopped = 0;
  const run = await runRecipe("abort.ts", {
    ...on(still),
    onStdout: (out, child) => {
      if (!signalled && out.includes("(Ctrl-C to stop)")) {
        signalled = Date.now();
        child.kill("SIGINT");
      }
      if (!stopped && out.includes("Stopped waiting")) stopped = Date.now();
    },
  });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(130);
  const id = ID.exec(run.stdout)![0];
  expect(run.stdout).toBe(`Waiting for ${id} (Ctrl-C to stop)\nStopped waiting; resume with client.wait("${id}")\n`);
  // The server asked for seconds between polls (a tenth of the time left, here over 4 s): the poll in
  // flight or the sleep was cut short, not waited out.
  const after = (await new VideoGen(on(still)).status(id)) as { status: string; poll_interval_ms?: number };
  expect(after.poll_interval_ms).toBeGreaterThanOrEqual(3_000);
  expect(stopped - signalled).toBeLessThan(2_000);
  // The generation was not cancelled: it is still on its way.
  expect(after.status).toMatch(/^(pending|in_queue|in_progress)$/);
}, TIMEOUT);

test.concurrent("quota: usage first; past the monthly limit a RateLimitError that is not retried", async ({ expect }) => {
  const first = await runRecipe("quota.ts", on(fast, QUOTA_KEY));
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(new RegExp(`^Used 0 of 1 generations this month\\nSubmitted ${ID.source}\\n$`));
  const second = await runRecipe("quota.ts", on(fast, QUOTA_KEY));
  expect(second.stderr).toBe("");
  expect(second.code).toBe(1);
  expect(second.stdout).toMatch(/^Used 1 of 1 generations this month\nMonthly quota used up: 429 quota_exceeded: .+\n$/);
}, TIMEOUT);

test.concurrent("pagination: one page, then every page with for await", async ({ expect }) => {
  const client = new VideoGen(on(fast, PAGES_KEY));
  for (let i = 0; i < 23; i++) await client.generate({ model: "kling_25", prompt: `Page test ${i}`, duration: 5, resolution: "480p" });
  const run = await runRecipe("pagination.ts", on(fast, PAGES_KEY));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const [page, all] = run.stdout.trimEnd().split("\n");
  expect(page).toBe("Page 1: 10 of 23 generations, 3 pages");
  const counts = JSON.parse(/^All pages: (.+)$/.exec(all!)![1]!) as Record<string, number>;
  expect(Object.values(counts).reduce((a, b) => a + b)).toBe(23);
}, TIMEOUT);

test.concurrent("deno: the README's command line, with only the permissions it shows", async ({ expect }) => {
  const block = readmeBlocks().find((b) => b.section === "Recipes" && b.lang === "sh" && /^deno run /m.test(b.code));
  const shown = block!.code.split("\n").find((line) => line.startsWith("deno run "))!;
  expect(shown).toBe("deno run --allow-net=127.0.0.1:4010 --allow-env=VIDEOGEN_API_KEY,VIDEOGEN_BASE_URL --allow-write=waves.mp4 deno.ts");
  // The simulator listens on a free port here; the README's 4010 is the only thing replaced.
  const [, ...args] = shown.replaceAll("127.0.0.1:4010", new URL(fast.url).host).split(" ");
  // In examples/, whose deno.json maps @videogenapi/sdk to this package's source.
  const options = { cwd: examplesDir, env: cleanEnv({ VIDEOGEN_API_KEY: fast.key, VIDEOGEN_BASE_URL: fast.url }) };
  const out = join(examplesDir, "waves.mp4");
  await rm(out, { force: true });
  try {
    const check = await runDeno(["check", "deno.ts"], options);
    expect(check.code, check.stderr).toBe(0);
    const run = await runDeno(args, options);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Saved waves\\.mp4 from ${fast.url}/v1/video/${ID.source}\\n$`));
    expect((await mp4(out)).ftyp).toBe("ftyp");
  } finally {
    await rm(out, { force: true });
  }
}, TIMEOUT);
