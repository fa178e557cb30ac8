/** ffprobe on downloaded bytes: is it an MP4 with an H.264 video stream? */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** ffprobe from FFPROBE, else PATH (CI installs Debian's ffmpeg package, which has it). */
const ffprobe = process.env.FFPROBE ?? "ffprobe";

export interface VideoProbe {
  format: string;
  videoCodec: string | undefined;
  width: number | undefined;
  height: number | undefined;
}

export async function probeVideo(file: string): Promise<VideoProbe> {
  const { stdout } = await promisify(execFile)(ffprobe, ["-v", "error", "-show_streams", "-show_format", "-of", "json", file]);
  const parsed = JSON.parse(stdout) as { streams: Array<Record<string, any>>; format: { format_name: string } };
  const video = parsed.streams.find((s) => s.codec_type === "video");
  return { format: parsed.format.format_name, videoCodec: video?.codec_name, width: video?.width, height: video?.height };
}

/** True when ffprobe reads the file as MP4 (the mov/mp4 demuxer) holding an H.264 stream. */
export async function isH264Mp4(file: string): Promise<boolean> {
  try {
    const probe = await probeVideo(file);
    return probe.format.split(",").includes("mp4") && probe.videoCodec === "h264";
  } catch {
    return false;
  }
}
