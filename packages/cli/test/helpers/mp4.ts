/** What ffprobe (Debian's ffmpeg) reads from a video file: proof that it plays, not only that it exists. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export async function probeVideo(path: string): Promise<{ codec: string; width: number; height: number; duration: number }> {
  const { stdout } = await promisify(execFile)("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height:format=duration", "-of", "json", path]);
  const info = JSON.parse(stdout);
  const [stream] = info.streams;
  return { codec: stream.codec_name, width: stream.width, height: stream.height, duration: Number(info.format.duration) };
}
