/**
 * Pre-flight checks of a generate request against the generated model catalog, so a request the
 * server would reject does not spend a round trip (or a retry). Every limit comes from the contract.
 */
import { DEFAULT_MODEL, FIELD_RULES, MODEL_RULES, STRICT_FIELD_RULES } from "../generated/models.ts";
import { problem, ValidationError } from "./errors.ts";
import type { GenerateRequest } from "./types.ts";

type Fields = Partial<Record<string, unknown>>;

/** The problems of the request being checked, at most one per field (the first rule it breaks). */
let found: Parameters<typeof problem>[] = [];

/** Notes a problem unless `param` is absent (and not `required`) or `ok` with its value. */
function check(r: Fields, param: string, ok: (value: any) => unknown, allowed: string, context = "", required?: boolean) {
  const value = r[param];
  if ((required || value !== undefined) && !ok(value) && !found.some((p) => p[0] === param)) found.push([param, value, allowed, context]);
}

/** Runs the checks and throws one ValidationError that lists every problem they found. */
function report(request: GenerateRequest, checks: (r: Fields) => void): void {
  found = [];
  checks(request as Fields);
  const [first, ...more] = found;
  if (first) throw new ValidationError(...first, more.map((p) => problem(...p)));
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
 * resolution), the prompt's length and the aspect ratio. Throws one ValidationError that names every
 * field at fault, its value and what is allowed.
 */
export function preflight(request: GenerateRequest): void {
  report(request, preflightChecks);
}

function preflightChecks(r: Fields): void {
  const key = (r.model ?? DEFAULT_MODEL) as keyof typeof MODEL_RULES;
  const forModel = ` for ${key}`;

  range(r, "prompt", FIELD_RULES.prompt, "", true, true);
  among(r, "aspect_ratio", FIELD_RULES.aspect_ratio);
  among(r, "model", Object.keys(MODEL_RULES));
  // The other limits depend on the model.
  if (!MODEL_RULES[key]) return;
  const [minDuration, maxDuration, resolutions, imageToVideo] = MODEL_RULES[key];
  check(r, "image_url", () => imageToVideo, "none (text-to-video only)", forModel);
  check(r, "aspect_ratio", () => r.image_url === undefined, "none", " with image_url");
  range(r, "duration", [minDuration, maxDuration], forModel);
  among(r, "resolution", resolutions, forModel);
}

/**
 * Every request rule of the contract: the default pre-flight, plus image_url's length and pattern,
 * the seed range and audio_prompt (only with add_audio, and its length). Pass it as the client's
 * `validate` option to run it before every generate (about 200 B more in a bundle).
 */
export function validateGenerateRequest(request: GenerateRequest): void {
  report(request, (r) => {
    const { image_url: [maxUrlLength, pattern], seed, audio_prompt } = STRICT_FIELD_RULES;
    preflightChecks(r);
    range(r, "image_url", [0, maxUrlLength], "", true);
    check(r, "image_url", (url) => pattern.test(url), pattern.source);
    range(r, "seed", seed);
    check(r, "audio_prompt", () => r.add_audio === true, "only with add_audio: true");
    range(r, "audio_prompt", audio_prompt, "", true);
  });
}
