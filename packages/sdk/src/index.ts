/**
 * @videogenapi/sdk — the typed VideoGen API client.
 * The types and the model catalog are generated from the contract (spec/); see src/generated/.
 * @module
 */
export { VideoGen, type ListResult } from "./client.ts";
export {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  GenerationFailedError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  UserAbortError,
  ValidationError,
  VideoGenError,
  WaitTimeoutError,
  type ValidationProblem,
} from "./core/errors.ts";
export { preflight, validateGenerateRequest } from "./core/validate.ts";
export type * from "./core/types.ts";
export type { components, operations, paths } from "./generated/schema.ts";
export {
  DEFAULT_BASE_URL,
  DEFAULT_MODEL,
  ERROR_CODES,
  FAILURE_CODES,
  GENERATION_STATUSES,
  LIMITS,
  MODEL_KEYS,
  MODELS,
  TERMINAL_STATUSES,
} from "./generated/models.ts";
