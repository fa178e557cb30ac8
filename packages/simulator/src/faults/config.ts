/**
 * Fault injection, for testing clients: server-wide shares of failing answers (seeded, so a run is
 * repeatable) and per-request instructions in the `X-Simulator-Fault` header. All off by default.
 *
 * Header grammar — `;`-separated directives, e.g. `status=503; times=2; id=retry-test`:
 *   status=<429|500|502|503|504>  answer with this status and the documented error body
 *   drop                          close the connection without answering
 *   latency=<ms>                  wait this long first (combines with the others)
 *   retry-after=<s>               Retry-After of an injected 429 (default 1)
 *   times=<n>                     only the first n requests carrying this exact header value
 *                                 are faulted; later ones pass through (use a unique id=…)
 *   after                         handle the request for real, then replace the answer
 *                                 (a generate is accepted, but the client sees the failure)
 *   id=<anything>                 free text that makes a header value unique
 */
import { ApiError } from "../http/errors.ts";

export interface FaultConfig {
  /** Added to every answer, in milliseconds. */
  latencyMs: number;
  /** Shares (0–1) of requests answered 5xx, 429, or dropped. */
  errorRate: number;
  rateLimitRate: number;
  dropRate: number;
  seed: number;
  /** Whether the X-Simulator-Fault header is honoured. */
  header: boolean;
}

export const FAULT_HEADER = "X-Simulator-Fault";

export const NO_FAULTS: FaultConfig = { latencyMs: 0, errorRate: 0, rateLimitRate: 0, dropRate: 0, seed: 1, header: true };

export interface FaultPlan {
  latencyMs: number;
  action?: { kind: "status"; status: number; retryAfter: number } | { kind: "drop" };
  after: boolean;
  times?: number;
}

const STATUSES = new Set([429, 500, 502, 503, 504]);

export function parseFaultHeader(value: string): FaultPlan {
  const plan: FaultPlan = { latencyMs: 0, after: false };
  let retryAfter = 1;
  for (const part of value.split(";")) {
    const directive = part.trim();
    if (!directive) continue;
    const [name, raw = ""] = directive.split("=", 2).map((s) => s.trim()) as [string, string?];
    const number = Number(raw);
    switch (name.toLowerCase()) {
      case "status":
        if (!STATUSES.has(number)) throw bad(`status=${raw} is not one of ${[...STATUSES].join(", ")}`);
        plan.action = { kind: "status", status: number, retryAfter };
        break;
      case "drop":
        plan.action = { kind: "drop" };
        break;
      case "latency":
        if (!Number.isInteger(number) || number < 0 || number > 60_000) throw bad("latency must be 0 to 60000 ms");
        plan.latencyMs = number;
        break;
      case "retry-after":
        if (!Number.isInteger(number) || number < 0 || number > 3600) throw bad("retry-after must be 0 to 3600 s");
        retryAfter = number;
        break;
      case "times":
        if (!Number.isInteger(number) || number < 1) throw bad("times must be a whole number of at least 1");
        plan.times = number;
        break;
      case "after":
        plan.after = true;
        break;
      case "id":
        break;
      default:
        throw bad(`unknown directive ${JSON.stringify(name.slice(0, 40))}`);
    }
  }
  if (plan.action?.kind === "status") plan.action.retryAfter = retryAfter;
  return plan;
}

function bad(reason: string): ApiError {
  return new ApiError(
    "invalid_parameter",
    `${FAULT_HEADER}: ${reason}. Example: "status=503; times=2; id=my-test".`,
    FAULT_HEADER,
  );
}

/** The error an injected status answers with: the documented body for 429 and 5xx. */
export function injectedError(status: number, retryAfter: number): ApiError {
  if (status === 429) {
    return new ApiError("rate_limited", `Too many requests (injected fault); retry in ${retryAfter} seconds.`, undefined, {
      "retry-after": String(retryAfter),
    });
  }
  return new ApiError("internal_error", "The server failed to handle this request (injected fault). Retry later.", undefined, {}, status);
}
