/**
 * Fault injection, for testing clients: server-wide shares of failing answers (seeded, so a run is
 * repeatable) and per-request instructions in the `X-Simulator-Fault` header. All off by default.
 *
 * Header grammar — `;`-separated directives, e.g. `status=503; times=2; id=retry-test`:
 *   status=<429|500|503>          answer with this status and the documented error body (the
 *                                 statuses every operation of the contract declares for a
 *                                 failure that is not the client's: INJECTABLE_STATUSES)
 *   drop                          close the connection without answering
 *   latency=<ms>                  wait this long first (combines with the others)
 *   retry-after=<s>               Retry-After of an injected 429 (default 1)
 *   times=<n>                     only the first n requests carrying this exact header value
 *                                 are faulted; later ones pass through (use a unique id=…)
 *   after                         handle the request for real, then replace the answer
 *                                 (a generate is accepted, but the client sees the failure)
 *   id=<anything>                 free text that makes a header value unique
 */
import { spec } from "../contract/spec.ts";
import { ApiError, codeForStatus } from "../http/errors.ts";

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

/** The directives of the fault header and what each does: the parser accepts exactly these. */
export const FAULT_DIRECTIVES = {
  status: "answer with this status (429, 500 or 503) and the documented error body",
  drop: "close the connection without answering",
  latency: "wait this many milliseconds first (0 to 60000); combines with the others",
  "retry-after": "the Retry-After of an injected 429 or 503, in seconds (0 to 3600; default 1)",
  times: "fault only the first n requests carrying this exact header value; later ones pass",
  after: "handle the request for real, then replace the answer (a generate is accepted, the client sees the failure)",
  id: "free text that makes a header value unique (for times=)",
} as const;

type FaultDirective = keyof typeof FAULT_DIRECTIVES;

export const NO_FAULTS: FaultConfig = { latencyMs: 0, errorRate: 0, rateLimitRate: 0, dropRate: 0, seed: 1, header: true };

export interface FaultPlan {
  latencyMs: number;
  action?: { kind: "status"; status: number; retryAfter: number } | { kind: "drop" };
  after: boolean;
  times?: number;
}

/**
 * 429 and the 5xx statuses that every operation of the contract declares, read from the spec:
 * an injected fault is then always an answer the contract allows, whichever operation it hits.
 */
export const INJECTABLE_STATUSES: readonly number[] = (() => {
  const operations = Object.values(spec.paths).flatMap((item) =>
    Object.values(item).filter((node): node is { responses: Record<string, unknown> } => typeof node === "object" && node !== null && "responses" in node),
  );
  const declared = operations.map((operation) => new Set(Object.keys(operation.responses).map(Number)));
  const statuses = [...(declared[0] ?? [])].filter((status) => (status === 429 || status >= 500) && declared.every((set) => set.has(status)));
  if (!statuses.some((status) => status >= 500)) throw new Error("spec: every operation must declare a 5xx answer");
  return statuses.sort((a, b) => a - b);
})();

/** Whether the contract declares `Retry-After` on this status's answer (429, 503). */
const WITH_RETRY_AFTER: ReadonlySet<number> = (() => {
  const example = Object.values(spec.paths)[0]!;
  const operation = Object.values(example).find((node) => typeof node === "object" && node !== null && "responses" in node) as {
    responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
  };
  const components = (spec.components as unknown as { responses?: Record<string, { headers?: Record<string, unknown> }> }).responses ?? {};
  return new Set(
    INJECTABLE_STATUSES.filter((status) => {
      const response = operation.responses[String(status)];
      const resolved = response?.$ref ? components[response.$ref.split("/").pop()!] : response;
      return resolved?.headers !== undefined && "Retry-After" in resolved.headers;
    }),
  );
})();

const STATUSES = new Set(INJECTABLE_STATUSES);

export function parseFaultHeader(value: string): FaultPlan {
  const plan: FaultPlan = { latencyMs: 0, after: false };
  let retryAfter = 1;
  for (const part of value.split(";")) {
    const directive = part.trim();
    if (!directive) continue;
    const [name, raw = ""] = directive.split("=", 2).map((s) => s.trim()) as [string, string?];
    const number = Number(raw);
    const key = name.toLowerCase();
    if (!Object.hasOwn(FAULT_DIRECTIVES, key)) {
      throw bad(`unknown directive ${JSON.stringify(name.slice(0, 40))}; use ${Object.keys(FAULT_DIRECTIVES).join(", ")}`);
    }
    const known = key as FaultDirective;
    switch (known) {
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
        // Every directive has its case: a new FAULT_DIRECTIVES entry without one fails the type check.
        known satisfies never;
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

const INJECTED_MESSAGES: Record<string, (retryAfter: number) => string> = {
  rate_limited: (seconds) => `Too many requests (injected fault); retry in ${seconds} seconds.`,
  service_unavailable: (seconds) => `The service is unavailable (injected fault); retry in ${seconds} seconds.`,
};

/**
 * The error an injected status answers with: the contract's first code for that status
 * (429 → rate_limited, 500 → internal_error, 503 → service_unavailable), with `Retry-After`
 * where the contract declares it.
 */
export function injectedError(status: number, retryAfter: number): ApiError {
  const code = codeForStatus(status) ?? "internal_error";
  const message = INJECTED_MESSAGES[code]?.(retryAfter) ?? "The server failed to handle this request (injected fault). Retry later.";
  const headers: Record<string, string> = WITH_RETRY_AFTER.has(status) ? { "retry-after": String(retryAfter) } : {};
  return new ApiError(code, message, undefined, headers, status);
}
