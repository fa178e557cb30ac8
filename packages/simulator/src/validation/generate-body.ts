/**
 * Validates a `POST /v1/generate` body: pick the model's branch of `GenerateRequest.oneOf` by
 * `model` and its shape by mode (`image_url` or not), validate against that shape alone (so errors
 * name the parameter), and fill in the per-model defaults the spec declares.
 */
import { DEFAULT_MODEL, MODELS, shapeFor, type ModelBranch, type RequestShape } from "../contract/models.ts";
import { deref, type JsonSchema } from "../contract/spec.ts";
import { ApiError, problemsError, quote } from "../http/errors.ts";
import type { GenerationRequest } from "../store/types.ts";
import { toApiError } from "./ajv-errors.ts";
import { bodyValidator } from "./ajv.ts";

/** The request as the store keeps it, before the model is reduced to its key and the seed is picked. */
export interface GenerateInput extends Omit<GenerationRequest, "model" | "seed"> {
  model: ModelBranch;
  /** As sent; -1 means "let the server pick". */
  seed: number;
}

export function validateGenerateBody(body: unknown): GenerateInput {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new ApiError("invalid_json", "The body must be a JSON object, e.g. {\"prompt\": \"A cat in a garden\"}.");
  }
  const model = pickModel((body as Record<string, unknown>).model);
  const shape = shapeFor(model, body as Record<string, unknown>);
  // ajv fills defaults into the object it validates; `body` stays as sent (error messages and the
  // idempotency fingerprint use it). A shallow copy is enough: the request shapes' properties are
  // all scalars, so defaults are only ever filled in at the top level.
  const data = { ...(body as Record<string, unknown>) };
  const validate = bodyValidator(shape.ref);
  if (!validate(data)) throw toApiError(validate.errors ?? [], body as Record<string, unknown>, model, shape);
  const defaults = referencedDefaults(shape);
  const field = (name: string): unknown => (name in data ? data[name] : referencedDefault(defaults, name));

  const imageUrl = field("image_url");
  const aspectRatio = field("aspect_ratio");
  const audioPrompt = field("audio_prompt");
  const input: GenerateInput = {
    model,
    type: shape.mode,
    prompt: field("prompt") as string,
    duration: field("duration") as number,
    resolution: field("resolution") as string,
    aspect_ratio: typeof aspectRatio === "string" ? aspectRatio : null,
    seed: field("seed") as number,
    camera_fixed: field("camera_fixed") as boolean,
    add_audio: field("add_audio") as boolean,
  };
  if (typeof audioPrompt === "string") input.audio_prompt = audioPrompt;
  if (typeof imageUrl === "string") input.image_url = imageUrl;
  return input;
}

function pickModel(value: unknown): ModelBranch {
  if (value === undefined) return DEFAULT_MODEL;
  const model = typeof value === "string" ? MODELS.get(value) : undefined;
  if (model) return model;
  // The other parameters' limits depend on the model, so an unknown model is the one problem reported.
  throw problemsError([{ code: "invalid_parameter", param: "model", message: `model ${quote(value)} is not a model. Use one of: ${[...MODELS.keys()].join(", ")}.` }]);
}

const defaultsByShape = new Map<RequestShape, Map<string, unknown>>();

/** Each property's default in a request shape, where it declares one (directly or behind a `$ref`), read once. */
function referencedDefaults(shape: RequestShape): Map<string, unknown> {
  let defaults = defaultsByShape.get(shape);
  if (!defaults) {
    defaults = new Map();
    for (const [name, property] of Object.entries((shape.schema.properties ?? {}) as Record<string, JsonSchema | boolean>)) {
      if (typeof property !== "object") continue; // `false`: the field is not accepted in this mode
      const resolved = deref(property);
      if ("default" in resolved) defaults.set(name, resolved.default);
    }
    defaultsByShape.set(shape, defaults);
  }
  return defaults;
}

/**
 * ajv's `useDefaults` fills defaults written inline in the shape (duration, resolution, model) but
 * not those behind a `$ref` (seed, add_audio, aspect_ratio …). Those are read from the shape's
 * defaults instead (read, not written into the body: adding properties to an object one by one
 * costs more than the rest of this function). A shape never lists a field its mode forbids, so
 * defaults never break the mode.
 */
function referencedDefault(defaults: Map<string, unknown>, name: string): unknown {
  const value = defaults.get(name);
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}
