/**
 * The models, read from the branches of `GenerateRequest.oneOf`. A branch is either one complete
 * request shape (a text-to-video-only model) or a `oneOf` of two shapes, one per mode; each shape
 * pins `properties.model` to its key (an `enum` of one), and the branch carries `x-model: {name, provider, tier}`.
 */
import { allowedValues, deref, schema, type JsonSchema } from "./spec.ts";

export type Mode = "text-to-video" | "image-to-video";

/** One complete request shape: a model in one mode. */
export interface RequestShape {
  /** `#/components/schemas/<Name>`: what the body is validated against. */
  ref: string;
  mode: Mode;
  schema: JsonSchema;
}

export interface ModelBranch {
  key: string;
  name: string;
  provider: string;
  tier: string;
  /** The shape for each mode the model offers; image-to-video where `image_url` is required. */
  shapes: Partial<Record<Mode, RequestShape>>;
  /** Whether the model offers image-to-video. */
  acceptsImage: boolean;
  /** Whether a body must name this model (false for the default model only). */
  modelRequired: boolean;
  /** Allowed values of `duration` and `resolution` for this model. */
  durations: number[];
  resolutions: string[];
}

function refOf(entry: unknown, where: string): string {
  const ref = (entry as { $ref?: string }).$ref;
  if (!ref) throw new Error(`spec: ${where} entries must be $refs`);
  return ref;
}

function readShape(ref: string, node: JsonSchema): RequestShape {
  const required = (node.required ?? []) as string[];
  return { ref, mode: required.includes("image_url") ? "image-to-video" : "text-to-video", schema: node };
}

function readBranch(entry: unknown): ModelBranch {
  const ref = refOf(entry, "GenerateRequest.oneOf");
  const branch = deref(entry);
  const shapes = Array.isArray(branch.oneOf)
    ? (branch.oneOf as unknown[]).map((leaf) => readShape(refOf(leaf, `${ref}.oneOf`), deref(leaf)))
    : [readShape(ref, branch)];
  const byMode: ModelBranch["shapes"] = Object.fromEntries(shapes.map((shape) => [shape.mode, shape]));
  const text = byMode["text-to-video"];
  const properties = (text?.schema.properties ?? {}) as Record<string, JsonSchema>;
  const keys = properties.model ? allowedValues(properties.model) : [];
  const key = keys.length === 1 ? keys[0] : undefined;
  const info = branch["x-model"] as { name?: string; provider?: string; tier?: string } | undefined;
  if (!text || shapes.length !== Object.keys(byMode).length || typeof key !== "string" || !info?.name || !info.provider || !info.tier) {
    throw new Error(`spec: ${ref} needs x-model {name, provider, tier} and one text-to-video shape (plus at most one image-to-video shape) with properties.model an enum of one key`);
  }
  return {
    key,
    name: info.name,
    provider: info.provider,
    tier: info.tier,
    shapes: byMode,
    acceptsImage: byMode["image-to-video"] !== undefined,
    modelRequired: ((text.schema.required ?? []) as string[]).includes("model"),
    durations: allowedValues(properties.duration).map(Number),
    resolutions: allowedValues(properties.resolution).map(String),
  };
}

export const MODELS: ReadonlyMap<string, ModelBranch> = new Map(
  (schema("GenerateRequest").oneOf as unknown[]).map(readBranch).map((model) => [model.key, model]),
);

/** The model used when the body names none: the one branch where `model` is not required. */
export const DEFAULT_MODEL: ModelBranch = (() => {
  const optional = [...MODELS.values()].filter((model) => !model.modelRequired);
  if (optional.length !== 1) throw new Error("spec: exactly one request branch must make `model` optional");
  return optional[0]!;
})();

/** The shape a body is validated against: image-to-video when it sends `image_url` and the model offers it. */
export function shapeFor(model: ModelBranch, body: Record<string, unknown>): RequestShape {
  return ("image_url" in body ? model.shapes["image-to-video"] : undefined) ?? model.shapes["text-to-video"]!;
}

/** Resolution values of the contract, lowest first (used to scale processing time). */
export const RESOLUTIONS = allowedValues(schema("Resolution")).map(String);
