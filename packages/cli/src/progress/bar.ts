/**
 * The live progress bar (cli-progress) on a terminal: one bar while the generation runs (status,
 * phase, percent, elapsed, ETA), then one while the video downloads (bytes, percent, elapsed, ETA).
 * cli-progress redraws on its own timer, so the elapsed time moves between the server's updates.
 */
import type { DownloadProgress, Generation } from "@videogenapi/sdk";
import cliProgress from "cli-progress";
import { formatBytes, formatClock } from "../output/format.ts";
import { phaseText } from "../output/generation-text.ts";
import { generationPercent } from "./percent.ts";
import type { Progress } from "./progress.ts";

const TIMES = "{duration_formatted} elapsed | ETA {eta_formatted}";
const GENERATING = `Generating  {bar} {percentage}% | {state} | ${TIMES}`;
const DOWNLOADING = `Downloading {bar} {percentage}% | {bytes} | ${TIMES}`;
/** Without a Content-Length there is no percent or ETA to show, only bytes. */
const DOWNLOADING_UNKNOWN_SIZE = "Downloading {bytes} | {duration_formatted} elapsed";

export class BarProgress implements Progress {
  #bar: cliProgress.SingleBar | undefined;
  #stage: "generation" | "download" | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  #start(stage: "generation" | "download", format: string, total: number, payload: object) {
    this.stop();
    this.#stage = stage;
    const options: cliProgress.Options = {
      stream: this.stream,
      format,
      formatTime: (seconds: unknown) => formatClock(seconds),
      barsize: 30,
      hideCursor: true,
      // Ctrl-C is the command's to handle: it stops the bar, then says how to resume.
      gracefulExit: false,
      etaBuffer: 20,
    };
    this.#bar = new cliProgress.SingleBar(options, cliProgress.Presets.shades_classic);
    this.#bar.start(total, 0, payload);
  }

  generation(g: Generation): void {
    const payload = { state: phaseText(g) };
    if (this.#stage !== "generation") this.#start("generation", GENERATING, 100, payload);
    this.#bar!.update(generationPercent(g), payload);
  }

  download({ loaded, total }: DownloadProgress): void {
    const payload = { bytes: total ? `${formatBytes(loaded)} of ${formatBytes(total)}` : formatBytes(loaded) };
    if (this.#stage !== "download") this.#start("download", total ? DOWNLOADING : DOWNLOADING_UNKNOWN_SIZE, total ?? 0, payload);
    this.#bar!.update(loaded, payload);
  }

  stop(): void {
    this.#bar?.stop();
    this.#bar = undefined;
    this.#stage = undefined;
  }
}
