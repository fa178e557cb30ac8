/** The documented error bodies for what goes wrong around the simulator itself on Workers. */
import { ApiError, errorResponse } from "../../http/errors.ts";
import { requestId } from "../../util/random.ts";
import { ConfigError } from "./env.ts";

/** A Worker that cannot serve (bad configuration, unusable storage): 500 internal_error. */
export function failure(request: Request, error: unknown): Response {
  // A ConfigError names the variable to fix and never a key; anything else stays in the log.
  const message =
    error instanceof ConfigError
      ? `The simulator's configuration is invalid: ${error.message}.`
      : "The simulator could not start. Retry later; the request id identifies it.";
  console.error("simulator:", error instanceof Error ? error.message : error);
  return errorResponse(new ApiError("internal_error", message), requestId(), request.method);
}

/**
 * The key's Durable Object could not be reached or threw (overloaded, restarting): 503 with
 * Retry-After, as the contract documents. A generate may have landed, hence the Idempotency-Key advice.
 */
export function objectUnreachable(request: Request, error: unknown): Response {
  console.error("simulator: Durable Object call failed:", error instanceof Error ? error.message : error);
  const message = "The simulator could not reach this key's state. Retry after Retry-After seconds; retry a generate only with the same Idempotency-Key.";
  return errorResponse(new ApiError("service_unavailable", message, undefined, { "retry-after": "1" }), requestId(), request.method);
}
