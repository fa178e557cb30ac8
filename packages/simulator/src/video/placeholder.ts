/**
 * The fallback video where nothing can render one (no ffmpeg, or a runtime without processes such
 * as Workers): a fixed 1 s clip, marked with `X-Simulator-Video: placeholder` because its size and
 * length do not match the request.
 */
import type { VideoFile, VideoSource } from "./source.ts";
import { PLACEHOLDER_MP4_BASE64 } from "./placeholder-mp4.ts";

let bytes: Uint8Array | undefined;

function placeholderBytes(): Uint8Array {
  bytes ??= Uint8Array.from(atob(PLACEHOLDER_MP4_BASE64), (c) => c.charCodeAt(0));
  return bytes;
}

export const placeholderVideo: VideoSource = {
  async open(spec): Promise<VideoFile> {
    const data = placeholderBytes();
    return {
      size: data.byteLength,
      etag: `"${spec.generationId}-placeholder-${data.byteLength}"`,
      read: (start, end) => data.slice(start, end + 1),
      headers: { "x-simulator-video": "placeholder" },
    };
  },
};
