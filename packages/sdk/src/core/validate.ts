/**
 * Pre-flight check of a generate request against the generated model catalog, so a request the
 * server would reject never spends a round trip (or a retry). Every limit comes from the contract.
 */
import type { components } from "../generated/schema.ts";
import { DEFAULT_MODEL, LIMITS, MODEL_RULES } from "../generated/models.ts";
import { ValidationError } from "./errors.ts";
import type { GenerateRequest } from "./types.ts";

/** Throws a ValidationError naming the field, the value and what is allowed. */
export function validateGenerateRequest(request: GenerateRequest): void {
  const r = request as Partial<Record<string, unknown>>;
  const key = (r.model ?? DEFAULT_MODEL) as keyof typeof MODEL_RULES;
  const model = MODEL_RULES[key];
  const fail = (param: string, allowed: string, context = ` for ${key}`): never => {
    throw new ValidationError(param, r[param], allowed, context);
  };
  /** Absent, or one of `values`. */
  const among = (param: string, values: readonly unknown[], context?: string) => {
    if (r[param] !== undefined && !values.includes(r[param])) fail(param, values.join(", "), context);
  };
  /** Absent unless `required`, else an integer (a string's length in code points, as JSON Schema counts) in [min, max]. */
  const range = (param: string, min: number, max: number, required?: boolean, context = "") => {
    const v = r[param];
    const n = typeof v === "string" && required !== undefined ? [...v].length : v;
    if ((required || v !== undefined) && !(Number.isInteger(n) && (n as number) >= min && (n as number) <= max)) {
      fail(param, min === max ? `${min}` : `${required === undefined ? "" : "length "}${min} to ${max}`, context);
    }
  };

  among("model", Object.keys(MODEL_RULES), "");
  range("prompt", LIMITS.promptMinLength, LIMITS.promptMaxLength, true);
  const mode: components["schemas"]["GenerationType"] = r.image_url === undefined ? "text-to-video" : "image-to-video";
  if (!(model.modes as readonly string[]).includes(mode)) fail("image_url", `none (${model.modes.join(", ")} only)`);
  if (mode === "image-to-video") {
    const url = r.image_url;
    if (typeof url !== "string" || url.length > LIMITS.imageUrlMaxLength || !new RegExp(LIMITS.imageUrlPattern).test(url)) fail("image_url", LIMITS.imageUrlPattern, "");
    if (r.aspect_ratio !== undefined) fail("aspect_ratio", "none", " with image_url");
  }
  among("aspect_ratio", LIMITS.aspectRatios, "");
  range("duration", model.durations.min, model.durations.max, undefined, ` for ${key}`);
  among("resolution", model.resolutions);
  range("seed", LIMITS.seedMin, LIMITS.seedMax);
  if (r.audio_prompt !== undefined) {
    if (r.add_audio !== true) fail("audio_prompt", "only with add_audio: true", "");
    range("audio_prompt", LIMITS.audioPromptMinLength, LIMITS.audioPromptMaxLength, false);
  }
}
