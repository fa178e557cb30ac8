/**
 * @module Node additions to the SDK: save a video to a file, resuming a partial file with `Range`.
 * The only place the SDK uses Node built-ins.
 */
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { VideoGen } from "../client.ts";
import type { DownloadOptions, VideoTarget } from "../core/types.ts";

export * from "../index.ts";

export interface SaveOptions extends Omit<DownloadOptions, "start"> {
  /** Continue a partial file at `path` instead of overwriting it (default false). */
  resume?: boolean;
}

/** Streams a generation's video into a file; resolves with the file's size in bytes. */
export async function saveVideo(client: VideoGen, target: VideoTarget, path: string, options: SaveOptions = {}): Promise<number> {
  let start = 0;
  if (options.resume) {
    start = await stat(path).then((s) => s.size, () => 0);
    if (start > 0) {
      const { size } = await client.videoInfo(target, { signal: options.signal });
      if (size === start) return size;
      if (size === undefined || size < start) start = 0; // a different file: start over
    }
  }
  const stream = await client.download(target, { ...options, start });
  const file = createWriteStream(path, { flags: start ? "a" : "w" });
  await pipeline(Readable.fromWeb(stream as NodeReadableStream<Uint8Array>), file, { signal: options.signal });
  return start + file.bytesWritten;
}
