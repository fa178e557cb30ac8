/**
 * @videogenapi/sdk — the typed VideoGen API client.
 * The types and the model catalog are generated from the contract (spec/); see src/generated/.
 */
export type { components, operations, paths } from "./generated/schema.ts";
export {
  DEFAULT_MODEL,
  ERROR_CODES,
  FAILURE_CODES,
  GENERATION_STATUSES,
  LIMITS,
  MODEL_KEYS,
  MODELS,
  TERMINAL_STATUSES,
} from "./generated/models.ts";
export type { GenerateRequest, Generation, ModelKey } from "./types.ts";
