/**
 * The live progress bar (cli-progress) on a terminal: one bar while the generation runs (status,
 * phase, percent, elapsed, ETA), then one while the video downloads (bytes, percent, elapsed, ETA).
 * cli-progress redraws on its own timer, so the elapsed time moves between the server's updates.
 */
import { createRequire } from "node:module";
import type { DownloadProgress, Generation } from "@videogenapi/sdk";
import type cliProgress from "cli-progress";
import { formatBytes, formatClock } from "../output/format.ts";
import { phaseText } from "../output/generation-text.ts";
import { generationPercent } from "./percent.ts";
import type { Progress } from "./progress.ts";

const TIMES = "{duration_formatted} elapsed | ETA {eta_formatted}";
const GENERATING = `Generating  {bar} {percentage}% | {state} | ${TIMES}`;
/** The percent is in the payload: until the size is known (the server may be preparing the file) it is "?". */
const DOWNLOADING = `Downloading {bar} {percent} | {bytes} | ${TIMES}`;

/** Loaded only when a bar is drawn: a pipe, --quiet or --json never pay for it. */
const loadCliProgress = () => createRequire(import.meta.url)("cli-progress") as typeof cliProgress;

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
    const { SingleBar, Presets } = loadCliProgress();
    this.#bar = new SingleBar(options, Presets.shades_classic);
    this.#bar.start(total, 0, payload);
  }

  generation(g: Generation): void {
    const payload = { state: phaseText(g) };
    if (this.#stage !== "generation") this.#start("generation", GENERATING, 100, payload);
    this.#bar!.update(generationPercent(g), payload);
  }

  download({ loaded, total }: DownloadProgress): void {
    const payload = total
      ? { percent: `${Math.floor((100 * loaded) / total)}%`, bytes: `${formatBytes(loaded)} of ${formatBytes(total)}` }
      : { percent: "?%", bytes: formatBytes(loaded) };
    // Until the size is known the bar's total is a stand-in that keeps it empty.
    if (this.#stage !== "download") this.#start("download", DOWNLOADING, total ?? Number.MAX_SAFE_INTEGER, payload);
    if (total && this.#bar!.getTotal() !== total) this.#bar!.setTotal(total);
    this.#bar!.update(loaded, payload);
  }

  stop(): void {
    this.#bar?.stop();
    this.#bar = undefined;
    this.#stage = undefined;
  }
}
