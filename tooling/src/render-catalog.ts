/** Renders the catalog read from the spec as a TypeScript module of `as const` data. */
import type { Catalog } from "./catalog.ts";

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function renderCatalog(catalog: Catalog, header: string): string {
  const models = Object.fromEntries(catalog.models.map((m) => [m.key, m]));
  const rules = Object.fromEntries(
    catalog.models.map((m) => [m.key, { durations: { min: m.durations.min, max: m.durations.max }, resolutions: m.resolutions, modes: m.modes }]),
  );
  const codes = (list: Catalog["errorCodes"]) => Object.fromEntries(list.map((e) => [e.code, e.description]));
  return `${header}
/** The model used when a request names none. */
export const DEFAULT_MODEL = ${json(catalog.defaultModel)} as const;

/** Every model key, in the order the contract lists them. */
export const MODEL_KEYS = ${json(catalog.models.map((m) => m.key))} as const;

/** Per-model limits and defaults, keyed by model key. */
export const MODELS = ${json(models)} as const;

/** Only what request validation needs from MODELS, so a client that validates stays small. */
export const MODEL_RULES = ${json(rules)} as const;

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
