/**
 * The models, read from the request branches of `GenerateRequest.oneOf`: each branch pins
 * `properties.model.const` and carries `x-model: {name, provider, tier}`.
 */
import { allowedValues, deref, schema, type JsonSchema } from "./spec.ts";

export interface ModelBranch {
  key: string;
  /** `#/components/schemas/<Name>`: the branch the body is validated against. */
  ref: string;
  name: string;
  provider: string;
  tier: string;
  /** Whether the branch accepts `image_url` (image-to-video). */
  acceptsImage: boolean;
  /** Allowed values of `duration` and `resolution` for this model. */
  durations: number[];
  resolutions: string[];
  schema: JsonSchema;
}

interface BranchSchema {
  "x-model"?: { name?: string; provider?: string; tier?: string };
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function readBranch(entry: unknown): ModelBranch {
  const ref = (entry as { $ref?: string }).$ref;
  if (!ref) throw new Error("spec: GenerateRequest.oneOf entries must be $refs");
  const branch = deref<BranchSchema & JsonSchema>(entry);
  const properties = branch.properties ?? {};
  const key = properties.model?.const;
  const info = branch["x-model"];
  if (typeof key !== "string" || !info?.name || !info.provider || !info.tier) {
    throw new Error(`spec: ${ref} needs properties.model.const and x-model {name, provider, tier}`);
  }
  return {
    key,
    ref,
    name: info.name,
    provider: info.provider,
    tier: info.tier,
    acceptsImage: "image_url" in properties,
    durations: allowedValues(properties.duration).map(Number),
    resolutions: allowedValues(properties.resolution).map(String),
    schema: branch,
  };
}

export const MODELS: ReadonlyMap<string, ModelBranch> = new Map(
  (schema("GenerateRequest").oneOf as unknown[]).map(readBranch).map((model) => [model.key, model]),
);

/** The model used when the body names none: the one branch where `model` is not required. */
export const DEFAULT_MODEL: ModelBranch = (() => {
  const optional = [...MODELS.values()].filter(
    (model) => !((model.schema.required as string[] | undefined) ?? []).includes("model"),
  );
  if (optional.length !== 1) throw new Error("spec: exactly one request branch must make `model` optional");
  return optional[0]!;
})();

/** Resolution values of the contract, lowest first (used to scale processing time). */
export const RESOLUTIONS = allowedValues(schema("Resolution")).map(String);
