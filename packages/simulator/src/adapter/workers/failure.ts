/** The documented 500 body for a Worker that cannot serve (bad configuration, unusable storage). */
import { ApiError, errorResponse } from "../../http/errors.ts";
import { requestId } from "../../util/random.ts";
import { ConfigError } from "./env.ts";

export function failure(request: Request, error: unknown): Response {
  // A ConfigError names the variable to fix and never a key; anything else stays in the log.
  const message = error instanceof ConfigError ? `The simulator's configuration is invalid: ${error.message}.` : "The simulator could not start. Retry later; the request id identifies it.";
  console.error("simulator:", error instanceof Error ? error.message : error);
  return errorResponse(new ApiError("internal_error", message), requestId(), request.method);
}
