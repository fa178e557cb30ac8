/**
 * Clears what earlier runs left in a video cache directory: the work directories of renders whose
 * process was killed mid-render (`.render-*`, normally removed when the render ends), and, in the
 * temporary cache shared by simulators without --data-dir, videos rendered long ago. It runs beside
 * the start and never fails it: an entry it cannot read or remove is left where it is.
 */
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";

export interface SweepRules {
  /** Remove `.render-*` work directories last changed before this time (ms since the epoch). */
  workDirsBefore: number;
  /** Remove cached `.mp4` files written before this time; left out, videos are kept. */
  videosBefore?: number;
}

/** Where the renderer works on a video before moving it into the cache (see ffmpeg-video.ts). */
export const RENDER_WORK_PREFIX = ".render-";

export async function sweepVideoCache(dir: string, rules: SweepRules): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const before = name.startsWith(RENDER_WORK_PREFIX) ? rules.workDirsBefore : name.endsWith(".mp4") ? rules.videosBefore : undefined;
    if (before === undefined) continue;
    const path = join(dir, name);
    const changed = await stat(path).then((info) => info.mtimeMs, () => undefined);
    if (changed === undefined || changed >= before) continue;
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}
