/**
 * Type-level contract: the generated request type accepts what the spec accepts and rejects,
 * at compile time, what the spec's per-model limits reject. Checked by `tsc --noEmit`
 * (an unused @ts-expect-error fails the build), so each line below is a real assertion.
 */
import type { GenerateRequest, Generation } from "../src/index.ts";

const accept = (request: GenerateRequest) => request;

// The seed docs' examples (image-to-video corrected as DECISIONS.md records).
accept({ model: "kling_25", prompt: "A cat", duration: 10, resolution: "1080p", aspect_ratio: "16:9", seed: 42 });
accept({ model: "veo_3", prompt: "A dog", image_url: "https://example.com/a.jpg", duration: 8, resolution: "1080p" });
accept({ model: "kling_25", prompt: "A cat", add_audio: true, audio_prompt: "birds" });
// No model: the default (sora-2) branch.
accept({ prompt: "Only a prompt" });
accept({ model: "ltxv-13b", prompt: "Long", duration: 60, resolution: "480p" });

// @ts-expect-error veo_3 renders exactly 8 seconds
accept({ model: "veo_3", prompt: "A dog", duration: 15 });
// @ts-expect-error no model offers 4K
accept({ model: "veo_3", prompt: "A dog", resolution: "4K" });
// @ts-expect-error ltxv-13b renders at most 480p
accept({ model: "ltxv-13b", prompt: "Long", resolution: "720p" });
// @ts-expect-error higgsfield_v1 is text-to-video only
accept({ model: "higgsfield_v1", prompt: "A dog", image_url: "https://example.com/a.jpg" });
// @ts-expect-error aspect_ratio is not allowed in image-to-video mode
accept({ model: "kling_25", prompt: "A dog", image_url: "https://example.com/a.jpg", aspect_ratio: "16:9" });
// @ts-expect-error the seed docs' PHP/JS key kling_2_1 is not a model
accept({ model: "kling_2_1", prompt: "A cat" });
// @ts-expect-error without a model the default sora-2 branch applies, and it renders 10 s only
accept({ prompt: "A cat", duration: 5 });
// @ts-expect-error prompt is required
accept({ model: "kling_25" });
// @ts-expect-error unknown fields are rejected
accept({ model: "kling_25", prompt: "A cat", aspectRatio: "16:9" });

// Responses narrow on status.
declare const generation: Generation;
if (generation.status === "completed") {
  const url: string = generation.video_url;
  void url;
} else if (generation.status === "failed") {
  const reason: string = generation.error.code;
  void reason;
} else {
  // @ts-expect-error video_url exists only once completed
  void generation.video_url;
}
