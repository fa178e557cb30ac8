/**
 * Pre-flight check of a generate request against the generated model catalog, so a request the
 * server would reject never spends a round trip (or a retry). Every limit comes from the contract.
 */
import type { components } from "../generated/schema.ts";
import { DEFAULT_MODEL, LIMITS, MODEL_KEYS, MODELS } from "../generated/models.ts";
import { ValidationError } from "./errors.ts";
import type { GenerateRequest } from "./types.ts";

/** Length in Unicode code points, as JSON Schema counts `maxLength`. */
const length = (s: string): number => [...s].length;

const list = (values: readonly unknown[]): string => values.join(", ");

/** Throws a ValidationError naming the field, the value and what is allowed. */
export function validateGenerateRequest(request: GenerateRequest): void {
  const r = request as Partial<Record<string, unknown>>;
  const key = (r.model ?? DEFAULT_MODEL) as keyof typeof MODELS;
  const model = MODELS[key];
  const fail = (param: string, allowed: string, forModel = true): never => {
    throw new ValidationError(param, r[param], allowed, forModel ? ` for ${key}` : "");
  };
  if (!model) return fail("model", list(MODEL_KEYS), false);
  const text = (param: string, max: number, min = 0) => {
    const v = r[param];
    if (typeof v !== "string" || length(v) < min || length(v) > max) fail(param, `a string of ${min} to ${max} characters`, false);
  };
  text("prompt", LIMITS.promptMaxLength, LIMITS.promptMinLength);

  const mode: components["schemas"]["GenerationType"] = r.image_url === undefined ? "text-to-video" : "image-to-video";
  if (!(model.modes as readonly string[]).includes(mode)) fail("image_url", `none: ${key} supports ${list(model.modes)} only`);
  if (r.image_url !== undefined) {
    const url = r.image_url;
    if (typeof url !== "string" || url.length > LIMITS.imageUrlMaxLength || !new RegExp(LIMITS.imageUrlPattern).test(url)) {
      fail("image_url", `a public http(s) image URL of at most ${LIMITS.imageUrlMaxLength} characters matching ${LIMITS.imageUrlPattern}`, false);
    }
    if (r.aspect_ratio !== undefined) fail("aspect_ratio", "none in image-to-video mode (the image sets the frame)", false);
  }
  if (r.aspect_ratio !== undefined && !(LIMITS.aspectRatios as readonly unknown[]).includes(r.aspect_ratio)) fail("aspect_ratio", list(LIMITS.aspectRatios), false);

  const { min, max } = model.durations;
  const d = r.duration;
  if (d !== undefined && !(Number.isInteger(d) && (d as number) >= min && (d as number) <= max)) fail("duration", min === max ? `${min}` : `whole seconds from ${min} to ${max}`);
  if (r.resolution !== undefined && !(model.resolutions as readonly unknown[]).includes(r.resolution)) fail("resolution", list(model.resolutions));

  const seed = r.seed;
  if (seed !== undefined && !(Number.isInteger(seed) && (seed as number) >= LIMITS.seedMin && (seed as number) <= LIMITS.seedMax)) {
    fail("seed", `an integer from ${LIMITS.seedMin} to ${LIMITS.seedMax}`, false);
  }
  if (r.audio_prompt !== undefined) {
    if (r.add_audio !== true) fail("audio_prompt", "only together with add_audio: true", false);
    text("audio_prompt", LIMITS.audioPromptMaxLength);
  }
}
