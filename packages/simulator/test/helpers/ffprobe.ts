/** Runs ffprobe on downloaded bytes: codec, size, frame rate and duration of each stream. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Probe {
  video: { codec_name: string; width: number; height: number; r_frame_rate: string };
  audio?: { codec_name: string };
  duration: number;
}

/** ffprobe from FFPROBE, else PATH (CI installs Debian's ffmpeg package, which has it). */
const ffprobe = process.env.FFPROBE ?? "ffprobe";

export function probe(bytes: Uint8Array): Probe {
  const dir = mkdtempSync(join(tmpdir(), "sim-probe-"));
  try {
    const file = join(dir, "video.mp4");
    writeFileSync(file, bytes);
    const out = execFileSync(ffprobe, ["-v", "error", "-show_streams", "-show_format", "-of", "json", file], { encoding: "utf8" });
    const parsed = JSON.parse(out) as { streams: Array<Record<string, any>>; format: { duration: string } };
    const video = parsed.streams.find((s) => s.codec_type === "video");
    if (!video) throw new Error("no video stream");
    const audio = parsed.streams.find((s) => s.codec_type === "audio");
    return {
      video: { codec_name: video.codec_name, width: video.width, height: video.height, r_frame_rate: video.r_frame_rate },
      ...(audio ? { audio: { codec_name: audio.codec_name } } : {}),
      duration: Number(parsed.format.duration),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
