/**
 * Pre-flight checks of a generate request against the generated model catalog, so a request the
 * server would reject does not spend a round trip (or a retry). Every limit comes from the contract.
 */
import { DEFAULT_MODEL, FIELD_RULES, MODEL_RULES, STRICT_FIELD_RULES } from "../generated/models.ts";
import { ValidationError } from "./errors.ts";
import type { GenerateRequest } from "./types.ts";

type Fields = Partial<Record<string, unknown>>;

/** Throws unless `param` is absent (and not `required`) or `ok` with its value. */
function check(r: Fields, param: string, ok: (value: any) => unknown, allowed: string, context = "", required?: boolean) {
  const value = r[param];
  if ((required || value !== undefined) && !ok(value)) throw new ValidationError(param, value, allowed, context);
}

const among = (r: Fields, param: string, values: readonly unknown[], context?: string) =>
  check(r, param, (v) => values.includes(v), values.join(", "), context);

/** An integer in [min, max]; with `length`, a string whose length in code points (as JSON Schema counts) is. */
const range = (r: Fields, param: string, [min, max]: readonly [number, number], context?: string, length?: boolean, required?: boolean) =>
  check(
    r,
    param,
    (v) => {
      const n = length && typeof v === "string" ? [...v].length : v;
      return Number.isInteger(n) && n >= min && n <= max;
    },
    min === max ? `${min}` : `${length ? "length " : ""}${min} to ${max}`,
    context,
    required,
  );

/**
 * The client's default pre-flight: the rules that depend on the model (model, mode, duration,
 * resolution), the prompt's length and the aspect ratio. Throws a ValidationError naming the field,
 * the value and what is allowed.
 */
export function preflight(request: GenerateRequest): void {
  const r = request as Fields;
  const key = (r.model ?? DEFAULT_MODEL) as keyof typeof MODEL_RULES;
  const forModel = ` for ${key}`;

  among(r, "model", Object.keys(MODEL_RULES));
  const [minDuration, maxDuration, resolutions, imageToVideo] = MODEL_RULES[key];
  range(r, "prompt", FIELD_RULES.prompt, "", true, true);
  check(r, "image_url", () => imageToVideo, "none (text-to-video only)", forModel);
  check(r, "aspect_ratio", () => r.image_url === undefined, "none", " with image_url");
  among(r, "aspect_ratio", FIELD_RULES.aspect_ratio);
  range(r, "duration", [minDuration, maxDuration], forModel);
  among(r, "resolution", resolutions, forModel);
}

/**
 * Every request rule of the contract: the default pre-flight, plus image_url's length and pattern,
 * the seed range and audio_prompt (only with add_audio, and its length). Pass it as the client's
 * `validate` option to run it before every generate (about 200 B more in a bundle).
 */
export function validateGenerateRequest(request: GenerateRequest): void {
  const r = request as Fields;
  const { image_url: [maxUrlLength, pattern], seed, audio_prompt } = STRICT_FIELD_RULES;
  preflight(request);
  range(r, "image_url", [0, maxUrlLength], "", true);
  check(r, "image_url", (url) => pattern.test(url), pattern.source);
  range(r, "seed", seed);
  check(r, "audio_prompt", () => r.add_audio === true, "only with add_audio: true");
  range(r, "audio_prompt", audio_prompt, "", true);
}
