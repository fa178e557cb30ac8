/**
 * Videos are rendered while the job runs, not on the first download: the MP4 is in the data
 * directory before anyone asks for it, renders resume after a restart, and a render that fails or
 * hangs is logged once and answered with the placeholder, never a hanging request; what killed
 * renders leave behind is cleared at the next start. ffmpeg here is the real one, or a stand-in
 * script that fails or hangs (given with --ffmpeg).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RENDER_WORK_PREFIX } from "../src/adapter/node/video-cache-sweep.ts";
import { PLACEHOLDER_MP4_BASE64 } from "../src/video/placeholder-mp4.ts";
import { probe } from "./helpers/ffprobe.ts";
import { generate, startSimulator, waitForEnd } from "./helpers/simulator.ts";

const scratch = mkdtempSync(join(tmpdir(), "sim-render-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Stands in for ffmpeg: answers -version (so it is accepted at start), records each render's pid
// in $RENDER_PIDS, then exits 1 like a broken build, or hangs if the prompt says so (the prompt is
// in its working directory).
const fakeFfmpeg = join(scratch, "fake-ffmpeg.sh");
writeFileSync(
  fakeFfmpeg,
  `#!/bin/sh
case "$*" in *-version*) echo "ffmpeg version 0-fake"; exit 0;; esac
echo $$ >> "$RENDER_PIDS"
if grep -q hang prompt.txt; then exec sleep 60; fi
echo "Unknown encoder 'libx264'" >&2
exit 1
`,
);
chmodSync(fakeFfmpeg, 0o755);
const pidsOf = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map(Number) : []);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The rendered MP4s in a data directory's cache (finished files only; renders write elsewhere first). */
function cachedVideos(dataDir: string): string[] {
  const dir = join(dataDir, "videos");
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".mp4")) : [];
}

async function waitFor<T>(what: string, look: () => T[], timeoutMs = 15_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = look();
    if (found.length > 0) return found;
    await sleep(25);
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

/** Work directories of renders in a cache directory (removed when a render ends, left by a killed one). */
const renderWorkDirs = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith(RENDER_WORK_PREFIX)) : []);

const waitForCachedVideo = (dataDir: string) => waitFor(`no video was rendered into ${dataDir}`, () => cachedVideos(dataDir));

/** Time to the answer's headers and the whole body. */
async function download(url: string): Promise<{ firstByteMs: number; headers: Headers; bytes: Uint8Array }> {
  const started = performance.now();
  const response = await fetch(url);
  const firstByteMs = performance.now() - started;
  expect(response.status).toBe(200);
  return { firstByteMs, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("rendering ahead with ffmpeg", () => {
  it("has the MP4 in the cache before any download, and serves it at once", async () => {
    const dataDir = join(scratch, "ahead");
    // Speed 20: the 2 s clip's video pass is about a second of wall time, a render takes a fraction.
    const sim = await startSimulator(["--data-dir", dataDir, "--speed", "20", "--no-docs-example"]);
    try {
      const submitted = await generate(sim.url, { model: "ltxv-13b", prompt: "a lighthouse at dusk", duration: 2 });
      expect(submitted.status).toBe(200);
      const { final } = await waitForEnd(sim.url, submitted.body.generation_id);
      expect(final.status).toBe("completed");
      // Nothing has asked for the video yet: only rendering ahead can put it there.
      expect(await waitForCachedVideo(dataDir)).toHaveLength(1);

      const video = await download(final.video_url);
      // A hang guard only; the benchmark (pnpm bench:video) measures the real figure.
      expect(video.firstByteMs).toBeLessThan(2000);
      expect(video.headers.get("x-simulator-video")).toBeNull();
      const media = probe(video.bytes);
      expect(media.video).toEqual({ codec_name: "h264", width: 854, height: 480, r_frame_rate: "30/1" });
      expect(media.duration).toBeCloseTo(2, 1);
      console.log(`rendered ahead: first byte in ${video.firstByteMs.toFixed(1)} ms`);
    } finally {
      await sim.stop();
    }
  });

  it("resumes the render of an unfinished generation after a restart", async () => {
    const dataDir = join(scratch, "resume");
    const pids = join(scratch, "resume-pids");
    const args = ["--data-dir", dataDir, "--speed", "10", "--no-docs-example"];
    // The first server's render hangs (the stand-in ffmpeg), and the server is killed during it.
    const first = await startSimulator([...args, "--ffmpeg", fakeFfmpeg], { RENDER_PIDS: pids });
    const submitted = await generate(first.url, { model: "ltxv-13b", prompt: "resumed after a hang and a crash", duration: 1 });
    expect(submitted.status).toBe(200);
    await waitFor("the first server started no render", () => pidsOf(pids));
    await first.stop("SIGKILL");
    for (const pid of pidsOf(pids)) process.kill(pid, "SIGKILL");
    expect(cachedVideos(dataDir)).toEqual([]);
    // The killed render's work directory is left behind.
    const orphans = renderWorkDirs(join(dataDir, "videos"));
    expect(orphans).toHaveLength(1);

    // The second, with the real ffmpeg, renders it on its own: nothing asks for the video.
    const second = await startSimulator(args);
    try {
      expect(await waitForCachedVideo(dataDir)).toHaveLength(1);
      // ... and removes the orphan at start (its own render worked in a directory of another name).
      await waitFor(`${orphans[0]} was not removed`, () => (renderWorkDirs(join(dataDir, "videos")).includes(orphans[0]!) ? [] : [true]));
      const { final } = await waitForEnd(second.url, submitted.body.generation_id);
      const video = await download(final.video_url);
      expect(video.headers.get("x-simulator-video")).toBeNull();
      expect(probe(video.bytes).video).toMatchObject({ width: 854, height: 480 });
    } finally {
      await second.stop();
    }
  });
});

describe("the shared temp cache (no --data-dir)", () => {
  it("loses day-old render work directories and week-old videos at start, and keeps newer ones", async () => {
    // TMPDIR moves the shared cache into this test's own directory.
    const tmp = join(scratch, "tmp");
    const cache = join(tmp, "videogen-simulator-videos");
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const entries = { ".render-dayold": 25, ".render-running": 1, "weekold.mp4": 8 * 24, "recent.mp4": 6 * 24 };
    for (const [name, age] of Object.entries(entries)) {
      const path = join(cache, name);
      if (name.endsWith(".mp4")) {
        mkdirSync(cache, { recursive: true });
        writeFileSync(path, "mp4");
      } else {
        mkdirSync(path, { recursive: true });
        writeFileSync(join(path, "prompt.txt"), "a render");
      }
      utimesSync(path, hoursAgo(age), hoursAgo(age));
    }
    const sim = await startSimulator(["--no-docs-example"], { TMPDIR: tmp });
    try {
      await waitFor("the day-old and week-old entries were not removed", () => (existsSync(join(cache, ".render-dayold")) || existsSync(join(cache, "weekold.mp4")) ? [] : [true]));
      expect(readdirSync(cache).sort()).toEqual([".render-running", "recent.mp4"]);
    } finally {
      await sim.stop();
    }
  });
});

describe("a render that fails or hangs", () => {
  const pids = join(scratch, "render-pids");
  const renders = () => pidsOf(pids);
  const placeholder = Uint8Array.from(atob(PLACEHOLDER_MP4_BASE64), (c) => c.charCodeAt(0));

  it("logs one line and serves the placeholder, for a crash and for a hang killed at --render-timeout", async () => {
    const sim = await startSimulator(
      // Its own data directory: no video cached by another run can stand in for the failing render.
      ["--ffmpeg", fakeFfmpeg, "--render-timeout", "1500", "--speed", "100", "--no-docs-example", "--data-dir", join(scratch, "failing")],
      { RENDER_PIDS: pids },
    );
    const logLines = (id: string) => sim.output().split("\n").filter((line) => line.includes(id));
    try {
      // Exit 1: the reason is ffmpeg's last error line.
      const broken = await generate(sim.url, { model: "ltxv-13b", prompt: "a broken render", duration: 1 });
      const brokenId = broken.body.generation_id as string;
      expect((await waitForEnd(sim.url, brokenId)).final.status).toBe("completed");
      for (let i = 0; i < 2; i++) {
        const video = await download(`${sim.url}/v1/video/${brokenId}`);
        expect(video.headers.get("x-simulator-video")).toBe("placeholder");
        expect(video.bytes).toEqual(placeholder);
      }
      expect(logLines(brokenId)).toEqual([
        `video: could not render ${brokenId} (ffmpeg exited with code 1: Unknown encoder 'libx264'); its video_url serves the placeholder`,
      ]);
      expect(renders()).toHaveLength(1);

      // A hang: two downloads during the render wait for that one render, which is killed at 1.5 s.
      const hung = await generate(sim.url, { model: "ltxv-13b", prompt: "a render that will hang", duration: 1 });
      const hungId = hung.body.generation_id as string;
      expect((await waitForEnd(sim.url, hungId)).final.status).toBe("completed");
      const started = performance.now();
      const videos = await Promise.all([1, 2].map(() => download(`${sim.url}/v1/video/${hungId}`)));
      const waitedMs = performance.now() - started;
      expect(waitedMs).toBeLessThan(5000);
      for (const video of videos) {
        expect(video.headers.get("x-simulator-video")).toBe("placeholder");
        expect(video.bytes).toEqual(placeholder);
      }
      expect(renders()).toHaveLength(2);
      const hungPid = renders()[1]!;
      expect(() => process.kill(hungPid, 0)).toThrow(/ESRCH/);
      // Asked again: the placeholder at once, no second render, no second line.
      const again = await download(`${sim.url}/v1/video/${hungId}`);
      expect(again.headers.get("x-simulator-video")).toBe("placeholder");
      expect(again.firstByteMs).toBeLessThan(1000);
      expect(renders()).toHaveLength(2);
      expect(logLines(hungId)).toEqual([
        `video: could not render ${hungId} (ffmpeg did not finish within 1500 ms and was killed); its video_url serves the placeholder`,
      ]);
      console.log(`hung render: downloads answered after ${waitedMs.toFixed(0)} ms`);
    } finally {
      await sim.stop();
    }
  });
});
