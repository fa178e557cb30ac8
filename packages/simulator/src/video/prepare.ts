/**
 * Tells the video source ahead of time which videos will be downloaded and when, so the first byte
 * of `video_url` does not wait for a render. See "Rendering ahead" in the README for why the render
 * may start when the job starts on its worker rather than when its video pass ends.
 */
import type { GenerationRecord, Store } from "../store/types.ts";
import type { VideoSource } from "./source.ts";
import { videoSpecOf } from "./spec.ts";

/** Generations that completed this recently before a restart get their render resumed too. */
export const RESUME_WINDOW_MS = 60 * 60 * 1000;

export function prepareVideo(video: VideoSource, record: GenerationRecord, now: number): void {
  if (!video.prepare || record.outcome.kind !== "completed") return;
  const { startedAt, endsAt } = record.schedule;
  video.prepare(videoSpecOf(record), { startInMs: startedAt - now, dueInMs: endsAt - now });
}

/** At start: the renders of unfinished (and just finished) generations; the source skips cached ones. */
export function resumeVideos(store: Store, video: VideoSource, now: number): number {
  if (!video.prepare) return 0;
  const records = store.generationsEndingAfter(now - RESUME_WINDOW_MS).filter((record) => record.outcome.kind === "completed");
  for (const record of records) prepareVideo(video, record, now);
  return records.length;
}
