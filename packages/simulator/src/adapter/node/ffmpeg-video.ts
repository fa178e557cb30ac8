/**
 * Renders each generation's MP4 with ffmpeg — H.264 at the contract's frame rate, the requested
 * size and length, the prompt drawn on it, AAC audio when add_audio was set — and caches it on
 * disk by content, so a file is rendered once. Renders start ahead of the download (`prepare`:
 * when the job starts on its worker, or RENDER_LEAD_MS before it completes if that is earlier), a
 * few at a time, the one that must start soonest to be ready on time first; a download during a
 * render waits for that render. If a render fails or runs past its time limit, one line is logged
 * and the placeholder clip is served instead (marked `X-Simulator-Video: placeholder`).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { RenderPlan, VideoFile, VideoSource, VideoSpec } from "../../video/source.ts";
import { RecentMap } from "../../util/recent-map.ts";
import { placeholderVideo } from "../../video/placeholder.ts";
import { RenderQueue, type JobTiming } from "./render-queue.ts";
import { runFfmpeg } from "./run-ffmpeg.ts";
import { RENDER_WORK_PREFIX } from "./video-cache-sweep.ts";

/** Bump when the picture changes, so old cache entries are not served. */
const RENDER_VERSION = 1;
/** Far above a 30 s 1080p render (about 7 s alone, 18 s as the tenth of ten on 2 cores). */
export const DEFAULT_RENDER_TIMEOUT_MS = 120_000;
/**
 * A render starts when its job starts on its worker, or this long before the job completes if that
 * is earlier (a job long `in_queue`): about three times the slowest render measured above, so a
 * busy queue still finishes on time, while jobs far in the future (a slow --speed) wait their turn.
 */
export const RENDER_LEAD_MS = 60_000;
/** Expected render time per pixel of every frame: twice a 30 s 1080p render alone (6.7 s). */
const RENDER_NS_PER_PIXEL = 7;

export interface FfmpegVideoOptions {
  ffmpeg: string;
  font?: string;
  cacheDir: string;
  log?: (line: string) => void;
  /** Render ahead of completion (default, see `prepare`), or only when a video is first downloaded. */
  prerender?: boolean;
  /** A render running longer is killed and the placeholder served. Default DEFAULT_RENDER_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Renders at once. Default: the number of cores, at most 4. */
  concurrency?: number;
}

export class FfmpegVideoSource implements VideoSource {
  private readonly queue: RenderQueue<string | undefined>;
  /** Cache keys whose render failed: served as the placeholder until restart, logged once. */
  private readonly failed = new Set<string>();
  /**
   * Cache keys whose file this process saw on disk or rendered: `prepare` skips them without a
   * stat (every generate calls it, and many share their content). A download still checks the file.
   */
  private readonly ready = new Set<string>();
  private readonly closing = new AbortController();

  constructor(private readonly options: FfmpegVideoOptions) {
    this.queue = new RenderQueue(options.concurrency ?? Math.max(1, Math.min(4, availableParallelism())));
  }

  prepare(spec: VideoSpec, plan: RenderPlan): void {
    if (this.options.prerender === false) return;
    const now = Date.now();
    const dueAt = now + plan.dueInMs;
    const key = cacheKey(spec);
    if (this.ready.has(key)) return;
    void this.rendered(spec, { startAt: Math.min(now + plan.startInMs, dueAt - RENDER_LEAD_MS), startBy: dueAt - expectedRenderMs(spec) }, key);
  }

  async open(spec: VideoSpec): Promise<VideoFile> {
    const now = Date.now();
    const file = await this.rendered(spec, { startAt: now, startBy: now - expectedRenderMs(spec) }).catch(() => undefined);
    if (!file) return placeholderVideo.open(spec);
    const { size } = await stat(file);
    return {
      size,
      etag: `"${spec.generationId}-${size}"`,
      read: (start, end) => Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>,
    };
  }

  /** Stops planned renders and kills running ones. */
  close(): void {
    this.queue.clear();
    this.closing.abort();
  }

  /** The cached file, rendering it (once) if needed; undefined if it cannot be rendered. */
  private async rendered(spec: VideoSpec, timing: JobTiming, key = cacheKey(spec)): Promise<string | undefined> {
    if (this.failed.has(key)) return undefined;
    const target = join(this.options.cacheDir, `${key}.mp4`);
    // A cached file is served without queueing behind renders; a key in the queue has no file yet.
    if (!this.queue.has(key) && (await exists(target))) {
      this.ready.add(key);
      return target;
    }
    return this.queue.run(key, timing, async () => {
      if (await exists(target)) {
        this.ready.add(key); // rendered by an earlier job for the same content
        return target;
      }
      try {
        await this.render(spec, target);
        this.ready.add(key);
        return target;
      } catch (error) {
        if (this.closing.signal.aborted) return undefined;
        this.failed.add(key);
        this.options.log?.(`video: could not render ${spec.generationId} (${(error as Error).message}); its video_url serves the placeholder`);
        return undefined;
      }
    });
  }

  private async render(spec: VideoSpec, target: string): Promise<void> {
    await mkdir(this.options.cacheDir, { recursive: true });
    const work = await mkdtemp(join(this.options.cacheDir, RENDER_WORK_PREFIX));
    try {
      // The prompt goes through a file, so no character of it can break the filter syntax.
      await writeFile(join(work, "prompt.txt"), wrap(spec.prompt, spec.width > spec.height ? 42 : 24));
      await runFfmpeg(this.options.ffmpeg, ffmpegArgs(spec, this.options.font), {
        cwd: work,
        timeoutMs: this.options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS,
        signal: this.closing.signal,
      });
      await rename(join(work, "out.mp4"), target);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

export function ffmpegArgs(spec: VideoSpec, font: string | undefined): string[] {
  const { width, height, duration, fps } = spec;
  const inputs = ["-f", "lavfi", "-i", `color=c=0x1e293b:s=${width}x${height}:r=${fps}:d=${duration}`];
  if (spec.audio) inputs.push("-f", "lavfi", "-i", `sine=frequency=440:sample_rate=48000:duration=${duration}`);
  const filters: string[] = [];
  if (font) {
    const fontfile = escapeFilterValue(font);
    const size = Math.max(12, Math.round(Math.min(width, height) / 18));
    filters.push(
      `drawtext=fontfile=${fontfile}:textfile=prompt.txt:expansion=none:fontcolor=white:fontsize=${size}:line_spacing=${Math.round(size / 3)}:x=(w-text_w)/2:y=(h-text_h)/2`,
      `drawtext=fontfile=${fontfile}:text=${escapeFilterValue(`${spec.model} · VideoGen simulator`)}:expansion=none:fontcolor=0x94a3b8:fontsize=${Math.round(size * 0.6)}:x=(w-text_w)/2:y=h/12`,
      `drawtext=fontfile=${fontfile}:text=%{pts\\\\:hms}:fontcolor=white:fontsize=${Math.round(size * 0.7)}:x=mod(t*${Math.round(width / 4)}\\,w-text_w):y=h-h/8`,
    );
  }
  filters.push("format=yuv420p");
  return [
    "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
    ...inputs,
    "-vf", filters.join(","),
    "-c:v", "libx264", "-preset", "ultrafast", "-tune", "stillimage", "-r", String(fps), "-g", String(fps),
    ...(spec.audio ? ["-c:a", "aac", "-b:a", "64k"] : []),
    "-t", String(duration), "-movflags", "+faststart", "out.mp4",
  ];
}

/** Escapes a value for an ffmpeg filter option inside a filtergraph (two levels, as its docs say). */
export function escapeFilterValue(value: string): string {
  const option = value.replace(/[\\':]/g, (c) => `\\${c}`);
  return option.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    for (let rest = word; rest.length > 0; rest = rest.slice(width)) {
      const piece = rest.slice(0, width);
      if (line && line.length + 1 + piece.length > width) {
        lines.push(line);
        line = piece;
      } else line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 8).join("\n") + (lines.length > 8 ? " …" : "");
}

function expectedRenderMs(spec: VideoSpec): number {
  return (spec.width * spec.height * spec.duration * spec.fps * RENDER_NS_PER_PIXEL) / 1e6;
}

/** Recent contents and their keys: every generate asks, and clients repeat the same few requests. */
const recentKeys = new RecentMap<string, string>(1000);

function cacheKey(spec: VideoSpec): string {
  const { width, height, duration, fps, prompt, model, audio } = spec;
  const content = JSON.stringify([RENDER_VERSION, width, height, duration, fps, prompt, model, audio]);
  let key = recentKeys.get(content);
  if (key === undefined) {
    key = createHash("sha256").update(content).digest("hex").slice(0, 32);
    recentKeys.set(content, key);
  }
  return key;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
