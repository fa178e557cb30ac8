/** `videogen generate "prompt" [flags] [--wait] [--out FILE]`: submit, and optionally wait and save. */
import { DEFAULT_MODEL, LIMITS, validateGenerateRequest, type GenerateResponse } from "@videogenapi/sdk";
import type { Command } from "commander";
import { Interrupted } from "../errors.ts";
import { follow } from "../follow.ts";
import { createClient, outputMode, type GlobalOptions } from "../global-options.ts";
import { onInterrupt } from "../interrupt.ts";
import { completedText } from "../output/generation-text.ts";
import { Printer } from "../output/printer.ts";
import { progressFor } from "../progress/progress.ts";
import { requestFromFlags, type GenerateFlags } from "../request-flags.ts";
import { timeoutOption } from "./timeout-option.ts";

interface Options extends GlobalOptions, GenerateFlags {
  /** false with --no-check. */
  check?: boolean;
  wait?: boolean;
  out?: string;
  timeout?: number;
}

const submitted = (job: GenerateResponse) =>
  [
    `Submitted ${job.generation_id}: ${job.model.key}, ${job.duration} s, ${job.resolution} (${job.status}).`,
    `Usage this month: ${job.usage.current_month_usage} of ${job.usage.monthly_limit}.`,
  ].join("\n");

export function registerGenerate(program: Command): void {
  program
    .command("generate")
    .summary("submit a video generation (and with --wait, wait for it)")
    .description("Submit a text-to-video generation, or image-to-video with --image-url. The values are checked against the model catalog before anything is sent.")
    .argument("<prompt>", `what the video shows (${LIMITS.promptMinLength} to ${LIMITS.promptMaxLength} characters)`)
    .option("-m, --model <key>", `model key (default ${DEFAULT_MODEL}); see videogen models`)
    .option("-d, --duration <seconds>", "length in seconds, within the model's range (default: the model's)")
    .option("-r, --resolution <resolution>", `${LIMITS.resolutions.join(", ")}, as the model allows (default: the model's)`)
    .option("--aspect-ratio <ratio>", `${LIMITS.aspectRatios.join(", ")} (default ${LIMITS.defaultAspectRatio}; not with --image-url)`)
    .option("--image-url <url>", "animate this public image (image-to-video models)")
    .option("--seed <n>", `${LIMITS.seedMin} (random) to ${LIMITS.seedMax}, to repeat a result`)
    .option("--camera-fixed", "keep the camera still")
    .option("--audio", "add an audio track")
    .option("--audio-prompt <text>", "what the audio should sound like (with --audio)")
    .option("--no-check", "send the values unchecked by this CLI's model catalog; the API reports every problem (for an API newer than this CLI)")
    .option("-w, --wait", "wait until the video is ready, with progress on stderr")
    .option("-o, --out <file>", "save the MP4 here (implies --wait)")
    .addOption(timeoutOption())
    .action(async (prompt: string, _flags: unknown, command: Command) => {
      const o = command.optsWithGlobals<Options>();
      const mode = outputMode(o);
      const printer = new Printer(mode);
      const body = requestFromFlags(prompt, o);
      const check = o.check !== false;
      if (check) validateGenerateRequest(body); // a bad value is a usage error even before a key is needed
      const client = createClient(o, check);
      const interrupt = onInterrupt();
      try {
        const job = await client.generate(body, { signal: interrupt.signal }).catch((error: unknown) => {
          if (!interrupt.interrupted) throw error;
          throw new Interrupted("Stopped while submitting; the generation may have been created (see videogen list).");
        });
        if (!o.wait && !o.out) {
          printer.result({ json: { generation: job }, quiet: job.generation_id, human: `${submitted(job)}\nFollow it with: videogen wait ${job.generation_id}` });
          return;
        }
        printer.note(submitted(job));
        const progress = progressFor(mode);
        const { generation, file } = await follow({ client, progress, interrupt }, job.generation_id, { out: o.out, timeoutSeconds: o.timeout });
        printer.result({
          json: { generation, ...(file && { file }) },
          quiet: file?.path ?? generation.video_url,
          human: completedText(generation, file),
        });
      } finally {
        interrupt.dispose();
      }
    });
}
