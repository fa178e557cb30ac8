/** Renders the catalog read from the spec as a TypeScript module of `as const` data. */
import type { Catalog } from "./catalog.ts";

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** A value on one line (arrays as `[a, b]`, a RegExp as its literal), so that a record reads as one row. */
function line(value: unknown): string {
  if (value instanceof RegExp) return String(value);
  return Array.isArray(value) ? `[${value.map(line).join(", ")}]` : JSON.stringify(value);
}
/** Lines of `key: value,` for an object rendered one entry per line. */
const table = (entries: Array<[string, unknown]>) => `{\n${entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${line(v)},\n`).join("")}}`;

export function renderCatalog(catalog: Catalog, header: string): string {
  const models = Object.fromEntries(catalog.models.map((m) => [m.key, m]));
  // The catalog reader allows exactly two mode sets: text-to-video, or text-to-video and image-to-video.
  const rules = table(
    catalog.models.map((m) => [m.key, [m.durations.min, m.durations.max, m.resolutions, m.modes.includes("image-to-video")]]),
  );
  const { limits } = catalog;
  const fields = table([
    ["prompt", [limits.promptMinLength, limits.promptMaxLength]],
    ["aspect_ratio", limits.aspectRatios],
  ]);
  const strictFields = table([
    ["image_url", [limits.imageUrlMaxLength, new RegExp(limits.imageUrlPattern)]],
    ["seed", [limits.seedMin, limits.seedMax]],
    ["audio_prompt", [limits.audioPromptMinLength, limits.audioPromptMaxLength]],
  ]);
  const codes = (list: Catalog["errorCodes"]) => Object.fromEntries(list.map((e) => [e.code, e.description]));
  return `${header}
/** The contract's first server: where a client sends requests unless told otherwise. */
export const DEFAULT_BASE_URL = ${json(catalog.serverUrl)};

/** The model used when a request names none. */
export const DEFAULT_MODEL = ${json(catalog.defaultModel)} as const;

/** Every model key, in the order the contract lists them. */
export const MODEL_KEYS = ${json(catalog.models.map((m) => m.key))} as const;

/** Per-model limits and defaults, keyed by model key. */
export const MODELS = ${json(models)} as const;

/**
 * Only what request validation reads from MODELS, so a client that validates stays small. Per model:
 * [minimum duration, maximum duration, resolutions, whether it takes an \`image_url\` (image-to-video)].
 */
export const MODEL_RULES = ${rules} as const;

/**
 * What the client's default pre-flight reads from LIMITS, keyed by request field: the prompt's
 * length in code points as [min, max], and the allowed aspect ratios.
 */
export const FIELD_RULES = ${fields} as const;

/**
 * The rest of the request rules, read only by \`validateGenerateRequest\` (so a client that does not
 * call it does not carry them): \`image_url\` as [maximum length, pattern], the seed range, the
 * audio_prompt length.
 */
export const STRICT_FIELD_RULES = ${strictFields} as const;

/** Limits that apply to every request, whatever the model. */
export const LIMITS = ${json(catalog.limits)} as const;

/** Every generation status, in lifecycle order. */
export const GENERATION_STATUSES = ${json(catalog.statuses)} as const;

/** Statuses after which a generation never changes again. */
export const TERMINAL_STATUSES = ${json(catalog.terminalStatuses)} as const;

/** Every error \`code\` an error body can carry, with what it means and what to do. */
export const ERROR_CODES = ${json(codes(catalog.errorCodes))} as const;

/** Every reason a generation can fail with, with what to do. */
export const FAILURE_CODES = ${json(codes(catalog.failureCodes))} as const;
`;
}
