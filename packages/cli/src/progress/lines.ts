/**
 * Progress as plain lines, for a stderr that is not a terminal (CI logs, pipes): one line per change
 * of the generation, and one per quarter of the download, each stamped with the time since the start.
 */
import type { DownloadProgress, Generation } from "@videogenapi/sdk";
import { formatBytes, formatClock } from "../output/format.ts";
import { stateText } from "../output/generation-text.ts";
import type { Progress } from "./progress.ts";

export class LineProgress implements Progress {
  readonly #started = performance.now();
  #quarter = -1;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  #line(text: string) {
    this.stream.write(`[${formatClock((performance.now() - this.#started) / 1000)}] ${text}\n`);
  }

  generation(g: Generation): void {
    this.#line(`${g.generation_id} ${stateText(g)}`);
  }

  download({ loaded, total }: DownloadProgress): void {
    if (loaded === 0) return this.#line("downloading");
    const quarter = total ? Math.floor((4 * loaded) / total) : 0;
    if (quarter === this.#quarter) return;
    this.#quarter = quarter;
    this.#line(`downloading ${total ? `${formatBytes(loaded)} of ${formatBytes(total)} (${Math.floor((100 * loaded) / total)}%)` : formatBytes(loaded)}`);
  }

  stop(): void {
    this.#quarter = -1;
  }
}
