/**
 * The handful of contract values the simulator's logic branches on (statuses, modes, phases, error
 * codes). They are literal types so the code reads plainly, and each one is checked against the
 * bundled spec when this module loads, so a renamed value in spec/ fails loudly instead of drifting.
 */
import { allowedValues, deref, schema } from "./spec.ts";

export type GenerationStatus = "pending" | "in_queue" | "in_progress" | "completed" | "failed";
export type ActiveStatus = "pending" | "in_queue" | "in_progress";
export type Phase = "video" | "audio";
export type GenerationType = "text-to-video" | "image-to-video";
export type ErrorCode =
  | "invalid_json"
  | "missing_parameter"
  | "invalid_parameter"
  | "unknown_parameter"
  | "idempotency_key_reused"
  | "missing_api_key"
  | "invalid_api_key"
  | "not_found"
  | "video_not_ready"
  | "payload_too_large"
  | "unsupported_media_type"
  | "range_not_satisfiable"
  | "rate_limited"
  | "quota_exceeded"
  | "internal_error"
  // About the HTTP exchange itself: method, headers, timing, nesting, availability.
  | "json_too_deep"
  | "malformed_request"
  | "method_not_allowed"
  | "request_timeout"
  | "headers_too_large"
  | "service_unavailable";

/** Failure reasons of a generation, straight from the spec (GenerationFailure.code). */
export const FAILURE_CODES = allowedValues(
  (schema("GenerationFailure").properties as Record<string, unknown>).code,
).map(String);

const activeSchema = deref((schema("GenerationActive").allOf as unknown[])[1]) as {
  properties: Record<string, unknown>;
};

const checks: Array<[string, readonly string[], unknown[]]> = [
  ["GenerationStatus", ["pending", "in_queue", "in_progress", "completed", "failed"], allowedValues(schema("GenerationStatus"))],
  ["GenerationActive.status", ["pending", "in_queue", "in_progress"], allowedValues(activeSchema.properties.status)],
  ["GenerationActive.phase", ["video", "audio"], allowedValues(activeSchema.properties.phase)],
  ["GenerationType", ["text-to-video", "image-to-video"], allowedValues(schema("GenerationType"))],
  ["ErrorCode", errorCodesUsed(), allowedValues(schema("ErrorCode"))],
];

for (const [where, used, allowed] of checks) {
  for (const value of used) {
    if (!allowed.includes(value)) throw new Error(`spec drift: ${where} no longer allows "${value}"`);
  }
}

function errorCodesUsed(): ErrorCode[] {
  // Listed once more as values so the load-time check covers the whole union.
  const all: Record<ErrorCode, true> = {
    invalid_json: true,
    missing_parameter: true,
    invalid_parameter: true,
    unknown_parameter: true,
    idempotency_key_reused: true,
    missing_api_key: true,
    invalid_api_key: true,
    not_found: true,
    video_not_ready: true,
    payload_too_large: true,
    unsupported_media_type: true,
    range_not_satisfiable: true,
    rate_limited: true,
    quota_exceeded: true,
    internal_error: true,
    json_too_deep: true,
    malformed_request: true,
    method_not_allowed: true,
    request_timeout: true,
    headers_too_large: true,
    service_unavailable: true,
  };
  return Object.keys(all) as ErrorCode[];
}
