/** Where a generation stands at a moment: a pure function of its schedule, so it survives restarts. */
import type { ActiveStatus, Phase } from "../contract/names.ts";
import type { GenerationRecord } from "../store/types.ts";

export type StatusAt =
  | { status: ActiveStatus; phase?: Phase; progress: number; pollIntervalMs: number }
  | { status: "completed" }
  | { status: "failed"; code: string; message: string };

export function statusAt(record: GenerationRecord, now: number): StatusAt {
  const { queuedAt, startedAt, videoDoneAt, endsAt } = record.schedule;
  if (now >= endsAt) {
    return record.outcome.kind === "failed"
      ? { status: "failed", code: record.outcome.code, message: record.outcome.message }
      : { status: "completed" };
  }
  // Suggest polling about ten times over what is left, within sensible bounds.
  const pollIntervalMs = Math.min(5000, Math.max(100, Math.round((endsAt - now) / 10)));
  if (now < queuedAt) return { status: "pending", progress: 0, pollIntervalMs };
  if (now < startedAt) return { status: "in_queue", progress: 0, pollIntervalMs };
  // Progress is measured against the planned successful run, so a failing job does not give itself away.
  const plannedEnd = record.outcome.kind === "failed" ? videoDoneAt : endsAt;
  const progress = Math.min(99, Math.max(0, Math.floor(((now - startedAt) / Math.max(1, plannedEnd - startedAt)) * 100)));
  const phase: Phase = now < videoDoneAt ? "video" : "audio";
  return { status: "in_progress", phase, progress, pollIntervalMs };
}
