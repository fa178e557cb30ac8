/** Turns stored records into the contract's JSON answers. */
import { MODELS } from "./contract/models.ts";
import { schema } from "./contract/spec.ts";
import { statusAt } from "./lifecycle/status.ts";
import type { GenerationRecord } from "./store/types.ts";
import { rfc3339 } from "./util/time.ts";

/** GenerationBase.fps is a `const` in the contract. */
export const FPS = Number(((schema("GenerationBase").properties as Record<string, { const?: unknown }>).fps!).const);

/** The style the simulated models report (the contract leaves it free text). */
const STYLE = "realistic";

export function generationBase(record: GenerationRecord) {
  const { request } = record;
  const model = MODELS.get(request.model);
  return {
    type: request.type,
    model: { key: request.model, name: model?.name ?? request.model, provider: model?.provider ?? "unknown" },
    prompt: request.prompt,
    duration: request.duration,
    resolution: request.resolution,
    style: STYLE,
    fps: FPS,
    aspect_ratio: request.aspect_ratio,
    seed: request.seed,
    add_audio: request.add_audio,
    // Left out of the JSON when absent (JSON.stringify drops undefined), in this place when present.
    audio_prompt: request.audio_prompt,
    created_at: rfc3339(record.createdAt),
  };
}

/** One generation as status and list report it, at `now`. */
export function presentGeneration(record: GenerationRecord, now: number, videoBase: string) {
  const state = statusAt(record, now);
  const base = generationBase(record);
  switch (state.status) {
    case "completed":
      return {
        generation_id: record.id,
        status: state.status,
        ...base,
        video_url: `${videoBase}/v1/video/${record.id}`,
        processing_time: Math.max(0, Math.round((record.schedule.endsAt - record.createdAt) / 1000)),
        completed_at: rfc3339(record.schedule.endsAt),
      };
    case "failed":
      return { generation_id: record.id, status: state.status, ...base, error: { code: state.code, message: state.message }, completed_at: rfc3339(record.schedule.endsAt) };
    default:
      return {
        generation_id: record.id,
        status: state.status,
        ...base,
        ...(state.phase ? { phase: state.phase } : {}),
        progress: state.progress,
        poll_interval_ms: state.pollIntervalMs,
      };
  }
}
