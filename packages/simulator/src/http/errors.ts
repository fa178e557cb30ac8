/** The documented error body `{success:false, error:{code, message, param?, errors?}, request_id}` and its statuses. */
import type { ErrorCode } from "../contract/names.ts";
import { allowedValues, schema } from "../contract/spec.ts";


/**
 * Each code's status, read from the spec: every ErrorCode description starts with it ("404: ...").
 * A code the spec drops, or describes without a status, stops the simulator at load.
 */
const STATUS: ReadonlyMap<string, number> = (() => {
  const errorCode = schema("ErrorCode");
  const descriptions = (errorCode["x-enumDescriptions"] ?? {}) as Record<string, string>;
  const statuses = new Map<string, number>();
  for (const code of allowedValues(errorCode).map(String)) {
    const status = Number(/^(\d{3}):/.exec(descriptions[code] ?? "")?.[1]);
    if (!(status >= 400 && status <= 599)) throw new Error(`spec: ErrorCode ${code} must be described as "NNN: ..." with its status`);
    statuses.set(code, status);
  }
  return statuses;
})();

/** The status the contract gives a code. */
export function statusOf(code: ErrorCode): number {
  return STATUS.get(code) ?? 500;
}

/** The first code (in the contract's order) answered with this status, e.g. 503 → service_unavailable. */
export function codeForStatus(status: number): ErrorCode | undefined {
  for (const [code, codeStatus] of STATUS) if (codeStatus === status) return code as ErrorCode;
  return undefined;
}

/** One parameter at fault, as listed in `error.errors`. */
export interface Problem {
  code: ErrorCode;
  param: string;
  message: string;
}

/** Thrown anywhere in a handler; the app turns it into the error body. */
export class ApiError extends Error {
  readonly status: number;
  /** Every problem of a request refused by validation; the first one is also `code`, `message` and `param`. */
  errors?: ReadonlyArray<{ param: string; message: string }>;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
    status?: number,
  ) {
    super(message);
    this.status = status ?? statusOf(code);
  }
}

/** The 400 for every problem found at once: the first problem's code, message and param lead. */
export function problemsError(problems: readonly Problem[]): ApiError {
  const first = problems[0];
  if (!first) throw new Error("problemsError needs at least one problem");
  const error = new ApiError(first.code, first.message, first.param);
  error.errors = problems.map(({ param, message }) => ({ param, message }));
  return error;
}

export function errorBody(error: ApiError, requestId: string) {
  return {
    success: false as const,
    error: {
      code: error.code,
      message: error.message,
      ...(error.param ? { param: error.param } : {}),
      ...(error.errors ? { errors: error.errors } : {}),
    },
    request_id: requestId,
  };
}

/** `extra`: headers of the request's context (the rate-limit fields), below the error's own. */
export function errorResponse(error: ApiError, requestId: string, method = "GET", extra?: Record<string, string>): Response {
  const headers = new Headers({ "content-type": "application/json; charset=utf-8", ...extra, ...error.headers });
  // HEAD answers carry the status and headers only.
  const body = method === "HEAD" ? null : JSON.stringify(errorBody(error, requestId));
  return new Response(body, { status: error.status, headers });
}

/** Quotes a client-supplied value for a message, short and printable, so echoing it cannot inject anything. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  const printable = text.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 60 ? `${printable.slice(0, 57)}...` : printable;
}

/** A client-supplied name (e.g. an unknown field) made safe to report as `param`. */
export function paramName(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 100 ? `${printable.slice(0, 97)}...` : printable;
}

/** "1 to 60" for a run of integers, otherwise "a, b, c". */
export function listAllowed(values: readonly unknown[]): string {
  const numbers = values.every((value) => Number.isInteger(value)) ? (values as number[]) : undefined;
  if (numbers && numbers.length > 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1)) {
    return `${numbers[0]} to ${numbers[numbers.length - 1]}`;
  }
  return values.map(String).join(", ");
}
