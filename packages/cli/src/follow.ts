/**
 * Waiting for a generation and saving its video: the part `generate --wait`, `wait` and `download`
 * share. Progress goes to the reporter; Ctrl-C becomes an Interrupted error that says how to resume.
 */
import { resolve } from "node:path";
import type { GenerationCompleted, VideoGen } from "@videogenapi/sdk";
import { saveVideo } from "@videogenapi/sdk/node";
import { Interrupted } from "./errors.ts";
import type { InterruptScope } from "./interrupt.ts";
import { shellWord } from "./output/format.ts";
import type { Progress } from "./progress/progress.ts";

export interface SavedFile {
  /** Absolute path of the MP4. */
  path: string;
  bytes: number;
}

interface Context {
  client: VideoGen;
  progress: Progress;
  interrupt: InterruptScope;
}

/** Waits until the generation completes (or fails, times out, or Ctrl-C), then saves it to `out` if given. */
export async function follow(
  { client, progress, interrupt }: Context,
  id: string,
  { out, timeoutSeconds }: { out?: string; timeoutSeconds?: number },
): Promise<{ generation: GenerationCompleted; file?: SavedFile }> {
  const resume = `videogen wait ${id}${out ? ` --out ${shellWord(out)}` : ""}`;
  try {
    const generation = await client.wait(id, {
      signal: interrupt.signal,
      timeout: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
      onProgress: (g) => progress.generation(g),
    });
    progress.stop();
    if (!out) return { generation };
    return { generation, file: await save({ client, progress, interrupt }, generation, out) };
  } catch (error) {
    if (interrupt.interrupted && !(error instanceof Interrupted)) throw new Interrupted(`Stopped waiting for ${id}; the generation goes on.`, id, resume);
    throw error;
  } finally {
    progress.stop();
  }
}

/** Streams a completed generation's MP4 into `out`. */
export async function save({ client, progress, interrupt }: Context, generation: GenerationCompleted, out: string): Promise<SavedFile> {
  const id = generation.generation_id;
  try {
    // Shown at once: the first byte can take a while when the server prepares the file.
    progress.download({ loaded: 0, total: undefined });
    const bytes = await saveVideo(client, generation, out, { signal: interrupt.signal, onProgress: (p) => progress.download(p) });
    return { path: resolve(out), bytes };
  } catch (error) {
    if (interrupt.interrupted) throw new Interrupted(`Download of ${id} stopped; ${out} is incomplete.`, id, `videogen download ${id} --out ${shellWord(out)}`);
    throw error;
  } finally {
    progress.stop();
  }
}
