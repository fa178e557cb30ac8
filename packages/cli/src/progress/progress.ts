/** What the wait and the download report while they run; the output mode and the terminal pick how it shows. */
import type { DownloadProgress, Generation } from "@videogenapi/sdk";
import type { OutputMode } from "../global-options.ts";
import { BarProgress } from "./bar.ts";
import { LineProgress } from "./lines.ts";

export interface Progress {
  /** A change of the generation's status, phase or percent. */
  generation(g: Generation): void;
  /** Bytes of the video received so far. */
  download(p: DownloadProgress): void;
  /** Ends the current bar, leaving its last frame on screen (done, failed or interrupted alike). */
  stop(): void;
}

const silent: Progress = { generation() {}, download() {}, stop() {} };

/** A live bar on a terminal, plain lines when stderr is a pipe or a file, nothing with `--quiet` or `--json`. */
export function progressFor(mode: OutputMode, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (mode !== "human") return silent;
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}
