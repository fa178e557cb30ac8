/**
 * Validates a `POST /v1/generate` body: pick the model's branch of `GenerateRequest.oneOf` by
 * `model`, validate against that branch alone (so errors name the parameter), and fill in the
 * per-model defaults the spec declares.
 */
import { DEFAULT_MODEL, MODELS, type ModelBranch } from "../contract/models.ts";
import type { GenerationType } from "../contract/names.ts";
import { deref, type JsonSchema } from "../contract/spec.ts";
import { ApiError, quote } from "../http/errors.ts";
import { toApiError } from "./ajv-errors.ts";
import { bodyValidator } from "./ajv.ts";

export interface GenerateInput {
  model: ModelBranch;
  type: GenerationType;
  prompt: string;
  duration: number;
  resolution: string;
  aspect_ratio: string | null;
  /** As sent; -1 means "let the server pick". */
  seed: number;
  camera_fixed: boolean;
  add_audio: boolean;
  audio_prompt?: string;
  image_url?: string;
}

export function validateGenerateBody(body: unknown): GenerateInput {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new ApiError("invalid_json", "The body must be a JSON object, e.g. {\"prompt\": \"A cat in a garden\"}.");
  }
  const model = pickModel((body as Record<string, unknown>).model);
  const data = structuredClone(body) as Record<string, unknown>;
  const validate = bodyValidator(model.ref);
  if (!validate(data)) throw toApiError(validate.errors ?? [], body as Record<string, unknown>, model);
  applyReferencedDefaults(data, model);

  const imageUrl = typeof data.image_url === "string" ? data.image_url : undefined;
  return {
    model,
    type: imageUrl === undefined ? "text-to-video" : "image-to-video",
    prompt: data.prompt as string,
    duration: data.duration as number,
    resolution: data.resolution as string,
    aspect_ratio: typeof data.aspect_ratio === "string" ? data.aspect_ratio : null,
    seed: data.seed as number,
    camera_fixed: data.camera_fixed as boolean,
    add_audio: data.add_audio as boolean,
    ...(typeof data.audio_prompt === "string" ? { audio_prompt: data.audio_prompt } : {}),
    ...(imageUrl !== undefined ? { image_url: imageUrl } : {}),
  };
}

function pickModel(value: unknown): ModelBranch {
  if (value === undefined) return DEFAULT_MODEL;
  const model = typeof value === "string" ? MODELS.get(value) : undefined;
  if (model) return model;
  throw new ApiError(
    "invalid_parameter",
    `model ${quote(value)} is not a model. Use one of: ${[...MODELS.keys()].join(", ")}.`,
    "model",
  );
}

/**
 * ajv's `useDefaults` fills defaults written inline in the branch (duration, resolution, model) but
 * not those behind a `$ref` (seed, add_audio, aspect_ratio …). Fill those here — except where the
 * request's mode forbids the property (aspect_ratio in image-to-video), so defaults never break the mode.
 */
function applyReferencedDefaults(data: Record<string, unknown>, model: ModelBranch): void {
  const forbidden = forbiddenInMode(data, model);
  const properties = (model.schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    if (name in data || forbidden.has(name)) continue;
    const resolved = deref(property);
    if ("default" in resolved) data[name] = structuredClone(resolved.default);
  }
}

function forbiddenInMode(data: Record<string, unknown>, model: ModelBranch): Set<string> {
  const forbidden = new Set<string>();
  for (const entry of (model.schema.oneOf ?? []) as unknown[]) {
    const mode = deref(entry);
    const required = (mode.required ?? []) as string[];
    const applies = required.length > 0 ? required.every((name) => name in data) : false;
    if (!applies) continue;
    for (const [name, rule] of Object.entries((mode.properties ?? {}) as Record<string, unknown>)) {
      if (rule === false) forbidden.add(name);
    }
  }
  return forbidden;
}
