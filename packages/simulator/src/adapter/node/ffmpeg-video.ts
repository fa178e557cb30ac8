/**
 * Renders each generation's MP4 with ffmpeg — H.264 at the contract's frame rate, the requested
 * size and length, the prompt drawn on it, AAC audio when add_audio was set — and caches it on
 * disk by content, so a file is rendered once. Without ffmpeg, or if a render fails, the
 * placeholder clip is served instead (marked `X-Simulator-Video: placeholder`).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { VideoFile, VideoSource, VideoSpec } from "../../video/source.ts";
import { placeholderVideo } from "../../video/placeholder.ts";

/** Bump when the picture changes, so old cache entries are not served. */
const RENDER_VERSION = 1;
const MAX_PARALLEL_RENDERS = 2;

export interface FfmpegVideoOptions {
  ffmpeg: string;
  font?: string;
  cacheDir: string;
  log?: (line: string) => void;
}

export class FfmpegVideoSource implements VideoSource {
  private readonly inFlight = new Map<string, Promise<string>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: FfmpegVideoOptions) {}

  async open(spec: VideoSpec): Promise<VideoFile> {
    let file: string;
    try {
      file = await this.rendered(spec);
    } catch (error) {
      this.options.log?.(`video: ffmpeg failed for ${spec.generationId}, serving the placeholder (${(error as Error).message})`);
      return placeholderVideo.open(spec);
    }
    const { size } = await stat(file);
    return {
      size,
      etag: `"${spec.generationId}-${size}"`,
      read: (start, end) => Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>,
    };
  }

  private rendered(spec: VideoSpec): Promise<string> {
    const key = cacheKey(spec);
    const target = join(this.options.cacheDir, `${key}.mp4`);
    const running = this.inFlight.get(key);
    if (running) return running;
    const pending = stat(target)
      .then(() => target)
      .catch(() => this.limited(() => this.render(spec, target)))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }

  private async render(spec: VideoSpec, target: string): Promise<string> {
    await mkdir(this.options.cacheDir, { recursive: true });
    const work = await mkdtemp(join(this.options.cacheDir, ".render-"));
    try {
      // The prompt goes through a file, so no character of it can break the filter syntax.
      await writeFile(join(work, "prompt.txt"), wrap(spec.prompt, spec.width > spec.height ? 42 : 24));
      await run(this.options.ffmpeg, ffmpegArgs(spec, this.options.font), work);
      await rename(join(work, "out.mp4"), target);
      return target;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= MAX_PARALLEL_RENDERS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
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

function cacheKey(spec: VideoSpec): string {
  const { width, height, duration, fps, prompt, model, audio } = spec;
  return createHash("sha256").update(JSON.stringify([RENDER_VERSION, width, height, duration, fps, prompt, model, audio])).digest("hex").slice(0, 32);
}

function run(binary: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}: ${stderr.trim()}`))));
  });
}
