/**
 * Pre-flight check of a generate request against the generated model catalog, so a request the
 * server would reject never spends a round trip (or a retry). Every limit comes from the contract.
 */
import { DEFAULT_MODEL, FIELD_RULES, MODEL_RULES } from "../generated/models.ts";
import { ValidationError } from "./errors.ts";
import type { GenerateRequest } from "./types.ts";

/** Throws a ValidationError naming the field, the value and what is allowed. */
export function validateGenerateRequest(request: GenerateRequest): void {
  const r = request as Partial<Record<string, unknown>>;
  const key = (r.model ?? DEFAULT_MODEL) as keyof typeof MODEL_RULES;
  const model = MODEL_RULES[key];
  const forModel = ` for ${key}`;
  const fail = (param: string, allowed: string, context = ""): never => {
    throw new ValidationError(param, r[param], allowed, context);
  };
  /** Absent, or one of `values`. */
  const among = (param: string, values: readonly unknown[], context?: string) => {
    if (r[param] !== undefined && !values.includes(r[param])) fail(param, values.join(", "), context);
  };
  /**
   * Absent unless `required`, else in [min, max]: a number as an integer, or with `length`, a
   * string's length in code points (as JSON Schema counts).
   */
  const range = (param: string, [min, max]: readonly [number, number], context?: string, length?: boolean, required?: boolean) => {
    const v = r[param];
    const n = length && typeof v === "string" ? [...v].length : v;
    if ((required || v !== undefined) && !(Number.isInteger(n) && (n as number) >= min && (n as number) <= max)) {
      fail(param, min === max ? `${min}` : `${length ? "length " : ""}${min} to ${max}`, context);
    }
  };

  among("model", Object.keys(MODEL_RULES));
  range("prompt", FIELD_RULES.prompt, "", true, true);
  const url = r.image_url;
  if (url !== undefined) {
    if (!model.image_url) fail("image_url", "none (text-to-video only)", forModel);
    const { maxLength, pattern } = FIELD_RULES.image_url;
    if (typeof url !== "string" || url.length > maxLength || !pattern.test(url)) fail("image_url", pattern.source);
    if (r.aspect_ratio !== undefined) fail("aspect_ratio", "none", " with image_url");
  }
  among("aspect_ratio", FIELD_RULES.aspect_ratio);
  range("duration", model.duration, forModel);
  among("resolution", model.resolution, forModel);
  range("seed", FIELD_RULES.seed);
  if (r.audio_prompt !== undefined) {
    if (r.add_audio !== true) fail("audio_prompt", "only with add_audio: true");
    range("audio_prompt", FIELD_RULES.audio_prompt, "", true);
  }
}
