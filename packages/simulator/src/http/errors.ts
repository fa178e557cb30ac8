/** The documented error body `{success:false, error:{code, message, param?}, request_id}` and its statuses. */
import type { ErrorCode } from "../contract/names.ts";

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  missing_parameter: 400,
  invalid_parameter: 400,
  unknown_parameter: 400,
  idempotency_key_reused: 400,
  missing_api_key: 401,
  invalid_api_key: 401,
  not_found: 404,
  video_not_ready: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  rate_limited: 429,
  quota_exceeded: 429,
  internal_error: 500,
};

/** Thrown anywhere in a handler; the app turns it into the error body. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
    status?: number,
  ) {
    super(message);
    this.status = status ?? STATUS[code];
  }
}

export function errorBody(error: ApiError, requestId: string) {
  return {
    success: false as const,
    error: { code: error.code, message: error.message, ...(error.param ? { param: error.param } : {}) },
    request_id: requestId,
  };
}

export function errorResponse(error: ApiError, requestId: string, method = "GET"): Response {
  const headers = new Headers({ "content-type": "application/json; charset=utf-8", ...error.headers });
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
