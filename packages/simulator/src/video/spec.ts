/** The video a generation asks for, from its stored request. */
import { FPS } from "../present.ts";
import type { GenerationRecord } from "../store/types.ts";
import { frameSize } from "./frame.ts";
import type { VideoSpec } from "./source.ts";

export function videoSpecOf(record: GenerationRecord): VideoSpec {
  const { request } = record;
  return {
    generationId: record.id,
    ...frameSize(request.resolution, request.aspect_ratio),
    duration: request.duration,
    fps: FPS,
    prompt: request.prompt,
    model: request.model,
    audio: request.add_audio,
  };
}
