/**
 * Plans a generation the moment it is accepted: `pending` for a moment, then `in_queue` until the
 * earliest-free worker takes it (first come, first served), then `in_progress` (video, then audio).
 * A failing generation stops halfway through its video pass and frees the worker.
 */
import type { Outcome, Schedule } from "../store/types.ts";
import type { PhaseSeconds } from "./timing.ts";

export function planSchedule(now: number, phases: PhaseSeconds, outcome: Outcome, freeAt: number[], speed: number): Schedule {
  const ms = (seconds: number) => Math.max(1, Math.round((seconds * 1000) / speed));
  const queuedAt = now + ms(phases.pending);
  let worker = 0;
  for (let index = 1; index < freeAt.length; index++) {
    if (freeAt[index]! < freeAt[worker]!) worker = index;
  }
  const startedAt = Math.max(queuedAt, freeAt[worker] ?? 0);
  const videoDoneAt = startedAt + ms(phases.video);
  const endsAt = outcome.kind === "failed" ? startedAt + ms(phases.video / 2) : videoDoneAt + (phases.audio > 0 ? ms(phases.audio) : 0);
  return { worker, queuedAt, startedAt, videoDoneAt, endsAt };
}
