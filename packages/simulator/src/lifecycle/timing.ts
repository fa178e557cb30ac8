/**
 * How long each phase takes, in simulated seconds. Longer clips and higher resolutions take longer,
 * and each model has its own pace (a stable spread derived from its key, not a hand-kept table).
 * The server's `speed` divides these to get wall-clock time.
 */
import { RESOLUTIONS } from "../contract/models.ts";
import { fnv1a } from "../util/random.ts";

export interface PhaseSeconds {
  pending: number;
  video: number;
  audio: number;
}

export const PENDING_SECONDS = 2;

export function phaseSeconds(request: { model: string; duration: number; resolution: string; add_audio: boolean }): PhaseSeconds {
  const resolutionStep = Math.max(0, RESOLUTIONS.indexOf(request.resolution));
  const resolutionFactor = 1 + 0.5 * resolutionStep; // 480p ×1, 720p ×1.5, 1080p ×2
  const modelFactor = 0.8 + (fnv1a(request.model) % 60) / 100; // 0.8 … 1.39
  const video = (15 + 4 * request.duration) * resolutionFactor * modelFactor;
  // The docs: the audio pass adds "typically 10-30 seconds".
  const audio = request.add_audio ? Math.min(30, 10 + 2 * request.duration) : 0;
  return { pending: PENDING_SECONDS, video, audio };
}
