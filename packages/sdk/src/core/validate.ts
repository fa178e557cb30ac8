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
  const forModel = ` for ${key}`;
  /** Passes if `param` is absent (and not `required`) or `ok` with its value. */
  const check = (param: string, ok: (value: any) => unknown, allowed: string, context = "", required?: boolean) => {
    const value = r[param];
    if ((required || value !== undefined) && !ok(value)) throw new ValidationError(param, value, allowed, context);
  };
  const among = (param: string, values: readonly unknown[], context?: string) =>
    check(param, (v) => values.includes(v), values.join(", "), context);
  /** An integer in [min, max]; with `length`, a string whose length in code points (as JSON Schema counts) is. */
  const range = (param: string, [min, max]: readonly [number, number], context?: string, length?: boolean, required?: boolean) =>
    check(
      param,
      (v) => {
        const n = length && typeof v === "string" ? [...v].length : v;
        return Number.isInteger(n) && n >= min && n <= max;
      },
      min === max ? `${min}` : `${length ? "length " : ""}${min} to ${max}`,
      context,
      required,
    );
  const [maxLength, pattern] = FIELD_RULES.image_url;

  among("model", Object.keys(MODEL_RULES));
  const [minDuration, maxDuration, resolutions, imageToVideo] = MODEL_RULES[key];
  range("prompt", FIELD_RULES.prompt, "", true, true);
  check("image_url", () => imageToVideo, "none (text-to-video only)", forModel);
  check("image_url", (url) => typeof url === "string" && url.length <= maxLength && pattern.test(url), pattern.source);
  check("aspect_ratio", () => r.image_url === undefined, "none", " with image_url");
  among("aspect_ratio", FIELD_RULES.aspect_ratio);
  range("duration", [minDuration, maxDuration], forModel);
  among("resolution", resolutions, forModel);
  range("seed", FIELD_RULES.seed);
  check("audio_prompt", () => r.add_audio === true, "only with add_audio: true");
  range("audio_prompt", FIELD_RULES.audio_prompt, "", true);
}
