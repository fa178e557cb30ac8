/**
 * Validates a `POST /v1/generate` body: pick the model's branch of `GenerateRequest.oneOf` by
 * `model`, validate against that branch alone (so errors name the parameter), and fill in the
 * per-model defaults the spec declares.
 */
import { DEFAULT_MODEL, MODELS, type ModelBranch } from "../contract/models.ts";
import { deref, type JsonSchema } from "../contract/spec.ts";
import { ApiError, quote } from "../http/errors.ts";
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
  // ajv fills defaults into the object it validates; `body` stays as sent (error messages and the
  // idempotency fingerprint use it). A shallow copy is enough: the request branches' properties are
  // all scalars, so defaults are only ever filled in at the top level.
  const data = { ...(body as Record<string, unknown>) };
  const validate = bodyValidator(model.ref);
  if (!validate(data)) throw toApiError(validate.errors ?? [], body as Record<string, unknown>, model);
  const plan = defaultsPlan(model);
  const forbidden = forbiddenInMode(data, plan);
  const field = (name: string): unknown => (name in data ? data[name] : referencedDefault(plan, forbidden, name));

  const imageUrl = field("image_url");
  const aspectRatio = field("aspect_ratio");
  const audioPrompt = field("audio_prompt");
  const input: GenerateInput = {
    model,
    type: typeof imageUrl === "string" ? "image-to-video" : "text-to-video",
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
  throw new ApiError(
    "invalid_parameter",
    `model ${quote(value)} is not a model. Use one of: ${[...MODELS.keys()].join(", ")}.`,
    "model",
  );
}

/** What a model's branch says about defaults and its modes, read once per model. */
interface DefaultsPlan {
  /** Each property's default, where it declares one (directly or behind a `$ref`). */
  defaults: Map<string, unknown>;
  /** Each mode (`oneOf` entry) that requires something: when all of `required` are present, `forbidden` get no default. */
  modes: Array<{ required: string[]; forbidden: string[] }>;
}

const plans = new Map<ModelBranch, DefaultsPlan>();
const NOTHING_FORBIDDEN: readonly string[] = [];

function defaultsPlan(model: ModelBranch): DefaultsPlan {
  let plan = plans.get(model);
  if (!plan) {
    const properties = (model.schema.properties ?? {}) as Record<string, JsonSchema>;
    const defaults = new Map<string, unknown>();
    for (const [name, property] of Object.entries(properties)) {
      const resolved = deref(property);
      if ("default" in resolved) defaults.set(name, resolved.default);
    }
    const modes: DefaultsPlan["modes"] = [];
    for (const entry of (model.schema.oneOf ?? []) as unknown[]) {
      const mode = deref(entry);
      const required = (mode.required ?? []) as string[];
      const forbidden = Object.entries((mode.properties ?? {}) as Record<string, unknown>).filter(([, rule]) => rule === false).map(([name]) => name);
      if (required.length > 0 && forbidden.length > 0) modes.push({ required, forbidden });
    }
    plan = { defaults, modes };
    plans.set(model, plan);
  }
  return plan;
}

/**
 * ajv's `useDefaults` fills defaults written inline in the branch (duration, resolution, model) but
 * not those behind a `$ref` (seed, add_audio, aspect_ratio …). Those are read from the plan instead
 * — except where the request's mode forbids the property (aspect_ratio in image-to-video), so
 * defaults never break the mode. (Read, not written into the body: adding properties to an object
 * one by one costs more than the rest of this function.)
 */
function referencedDefault(plan: DefaultsPlan, forbidden: readonly string[], name: string): unknown {
  if (forbidden.includes(name)) return undefined;
  const value = plan.defaults.get(name);
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}

/** The properties the body's mode forbids (a mode applies when the body has all it requires). */
function forbiddenInMode(data: Record<string, unknown>, plan: DefaultsPlan): readonly string[] {
  let forbidden = NOTHING_FORBIDDEN;
  for (const mode of plan.modes) {
    if (mode.required.every((name) => name in data)) forbidden = [...forbidden, ...mode.forbidden];
  }
  return forbidden;
}
