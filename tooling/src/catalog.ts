/**
 * Reads the model catalog and the request limits out of the bundled spec. Everything the SDK's
 * pre-flight validation and the docs' model table need comes from here, so no API fact is typed
 * twice. Throws with a pointer into the spec when the spec's shape is not what this reader expects.
 */
type Json = Record<string, any>;

export interface ModelEntry {
  key: string;
  name: string;
  provider: string;
  tier: "free" | "premium";
  description: string;
  durations: { min: number; max: number; default: number };
  resolutions: string[];
  defaultResolution: string;
  modes: Array<"text-to-video" | "image-to-video">;
}

export interface Catalog {
  /** The first of the spec's `servers`: the production base URL. */
  serverUrl: string;
  defaultModel: string;
  models: ModelEntry[];
  limits: {
    promptMinLength: number;
    promptMaxLength: number;
    audioPromptMinLength: number;
    audioPromptMaxLength: number;
    imageUrlMaxLength: number;
    imageUrlPattern: string;
    seedMin: number;
    seedMax: number;
    seedDefault: number;
    aspectRatios: string[];
    defaultAspectRatio: string;
    resolutions: string[];
    pageMax: number;
    limitMin: number;
    limitMax: number;
    limitDefault: number;
  };
  statuses: string[];
  statusDescriptions: Array<{ code: string; description: string }>;
  terminalStatuses: string[];
  errorCodes: Array<{ code: string; description: string }>;
  failureCodes: Array<{ code: string; description: string }>;
}

function fail(where: string, what: string): never {
  throw new Error(`spec: ${where}: ${what}`);
}

function deref(spec: Json, node: Json): Json {
  const ref = node?.$ref;
  if (typeof ref !== "string") return node;
  const parts = ref.replace(/^#\//, "").split("/");
  let target: any = spec;
  for (const part of parts) target = target?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (!target) fail(ref, "unresolved $ref");
  return deref(spec, target);
}

function schema(spec: Json, name: string): Json {
  return deref(spec, spec.components?.schemas?.[name] ?? fail(`components.schemas.${name}`, "missing"));
}

function parameter(spec: Json, name: string): Json {
  return deref(spec, spec.components?.parameters?.[name] ?? fail(`components.parameters.${name}`, "missing")).schema;
}

function number(value: unknown, where: string): number {
  return typeof value === "number" ? value : fail(where, "expected a number");
}

/** An `enum` of strings with an `x-enumDescriptions` entry for every value. */
function describedEnum(node: Json, where: string): Array<{ code: string; description: string }> {
  const values: unknown[] = node.enum ?? fail(where, "expected enum");
  const descriptions: Json = node["x-enumDescriptions"] ?? fail(where, "expected x-enumDescriptions");
  return values.map((value, i) => {
    const code = typeof value === "string" ? value : fail(`${where}.enum[${i}]`, "expected a string");
    return { code, description: String(descriptions[code] ?? fail(`${where}.x-enumDescriptions.${code}`, "expected a description")) };
  });
}

/**
 * A model branch: one complete request shape (text-to-video only) or a `oneOf` of two, one per
 * mode (the image-to-video one requires `image_url`). The limits must be the same in both shapes.
 */
function readModel(spec: Json, branch: Json, where: string): ModelEntry {
  const model = deref(spec, branch);
  const meta = model["x-model"] ?? fail(where, "expected x-model");
  const shapes: Json[] = model.oneOf ? model.oneOf.map((leaf: Json) => deref(spec, leaf)) : [model];
  const isImage = (shape: Json) => (shape.required ?? []).includes("image_url");
  const text = shapes.filter((shape) => !isImage(shape));
  if (text.length !== 1 || shapes.length > 2) fail(where, "expected one text-to-video shape and at most one image-to-video shape");
  const props = text[0]!.properties ?? fail(where, "expected properties");
  for (const shape of shapes) {
    for (const field of ["model", "duration", "resolution"]) {
      if (JSON.stringify(shape.properties?.[field]?.enum) !== JSON.stringify(props[field]?.enum)
        || shape.properties?.[field]?.default !== props[field]?.default) {
        fail(`${where} (${shape.title})`, `${field} differs between the model's modes`);
      }
    }
  }
  const durations: number[] = props.duration?.enum ?? fail(`${where}.duration`, "expected enum");
  const sorted = [...durations].sort((a, b) => a - b);
  sorted.forEach((d, i) => {
    if (i > 0 && d !== sorted[i - 1]! + 1) fail(`${where}.duration`, "durations must be a contiguous range");
  });
  if (meta.tier !== "free" && meta.tier !== "premium") fail(`${where}.x-model.tier`, "expected free or premium");
  return {
    key: props.model?.enum?.length === 1 ? props.model.enum[0] : fail(`${where}.model`, "expected an enum of one model key"),
    name: String(meta.name),
    provider: String(meta.provider),
    tier: meta.tier,
    description: String(model.description ?? ""),
    durations: {
      min: sorted[0]!,
      max: sorted[sorted.length - 1]!,
      default: number(props.duration.default, `${where}.duration.default`),
    },
    resolutions: props.resolution?.enum ?? fail(`${where}.resolution`, "expected enum"),
    defaultResolution: props.resolution?.default ?? fail(`${where}.resolution`, "expected default"),
    modes: shapes.length === 2 ? ["text-to-video", "image-to-video"] : ["text-to-video"],
  };
}

export function readCatalog(spec: Json): Catalog {
  const request = schema(spec, "GenerateRequest");
  const models = (request.oneOf ?? fail("GenerateRequest", "expected oneOf")).map((branch: Json, i: number) =>
    readModel(spec, branch, `GenerateRequest.oneOf[${i}]`),
  );
  const modelKeys = schema(spec, "ModelKey").enum as string[];
  const keys = models.map((m: ModelEntry) => m.key);
  if (JSON.stringify([...keys].sort()) !== JSON.stringify([...modelKeys].sort())) {
    fail("ModelKey", `enum ${modelKeys.join(",")} differs from the GenerateRequest branches ${keys.join(",")}`);
  }
  const defaults = models.filter((m: ModelEntry, i: number) => {
    const branch = deref(spec, request.oneOf[i]);
    const first = branch.oneOf ? deref(spec, branch.oneOf[0]) : branch;
    return first.properties.model.default !== undefined;
  }).map((m: ModelEntry) => m.key);
  if (defaults.length !== 1) fail("GenerateRequest", "exactly one model branch must carry model.default");

  const prompt = schema(spec, "Prompt");
  const imageUrl = schema(spec, "ImageUrl");
  const seed = schema(spec, "Seed");
  const aspect = schema(spec, "AspectRatio");
  const limit = parameter(spec, "Limit");
  const page = parameter(spec, "Page");
  const statusDescriptions = describedEnum(schema(spec, "GenerationStatus"), "GenerationStatus");
  const statuses = statusDescriptions.map((s) => s.code);
  const active: string[] = deref(spec, schema(spec, "GenerationActive").allOf[1]).properties.status.enum;

  const serverUrl = spec.servers?.[0]?.url;
  if (typeof serverUrl !== "string") fail("servers", "expected a first server with a url");

  return {
    serverUrl,
    defaultModel: defaults[0],
    models,
    limits: {
      promptMinLength: number(prompt.minLength, "Prompt.minLength"),
      promptMaxLength: number(prompt.maxLength, "Prompt.maxLength"),
      audioPromptMinLength: number(schema(spec, "AudioPrompt").minLength, "AudioPrompt.minLength"),
      audioPromptMaxLength: number(schema(spec, "AudioPrompt").maxLength, "AudioPrompt.maxLength"),
      imageUrlMaxLength: number(imageUrl.maxLength, "ImageUrl.maxLength"),
      imageUrlPattern: String(imageUrl.pattern),
      seedMin: number(seed.minimum, "Seed.minimum"),
      seedMax: number(seed.maximum, "Seed.maximum"),
      seedDefault: number(seed.default, "Seed.default"),
      aspectRatios: aspect.enum,
      defaultAspectRatio: aspect.default,
      resolutions: schema(spec, "Resolution").enum,
      pageMax: number(page.maximum, "Page.maximum"),
      limitMin: number(limit.minimum, "Limit.minimum"),
      limitMax: number(limit.maximum, "Limit.maximum"),
      limitDefault: number(limit.default, "Limit.default"),
    },
    statuses,
    statusDescriptions,
    terminalStatuses: statuses.filter((s) => !active.includes(s)),
    errorCodes: describedEnum(schema(spec, "ErrorCode"), "ErrorCode"),
    failureCodes: describedEnum(schema(spec, "FailureCode"), "FailureCode"),
  };
}
