/**
 * One error class per documented failure. `instanceof` works across bundle copies (two versions of
 * the SDK in one app, ESM next to CJS): the classes carry a `Symbol.for` brand, and
 * `Symbol.hasInstance` walks the value's class chain comparing kind names instead of identities.
 */
import { retryAfterMs } from "../internal/backoff.ts";
import type { ErrorBody, ErrorCode, ErrorDetail, Generation, GenerationFailed } from "./types.ts";

const BRAND: unique symbol = Symbol.for("@videogenapi/sdk.error") as never;

/** Base of every error this SDK throws. */
export class VideoGenError extends Error {
  /** The class name, kept by minifiers; `name` of the instances. */
  static kind = "VideoGenError";
  /** Inherited by every subclass, in every copy of the SDK. */
  static readonly [BRAND] = true;

  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = (new.target as typeof VideoGenError).kind;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    for (let c = (value as object | null)?.constructor as typeof VideoGenError | undefined; c?.[BRAND]; c = Object.getPrototypeOf(c)) {
      if (c.kind === this.kind) return true;
    }
    return false;
  }
}

/** The server answered with an error status. */
export class APIError extends VideoGenError {
  static override kind = "APIError";
  declare readonly status: number;
  /** The typed error body, when the server sent one. */
  declare readonly error: ErrorBody | undefined;
  declare readonly code: ErrorCode | undefined;
  /** The parameter at fault, when the server named one. */
  declare readonly param: string | undefined;
  /**
   * Every parameter at fault of a 400, as the server listed them (`error.errors`); the message
   * names them all. Empty when the server sent no list (`param` and the message then hold the one problem).
   */
  declare readonly errors: ErrorDetail[];
  declare readonly requestId: string | undefined;
  declare readonly headers: Headers;
  declare readonly generationId: string | undefined;

  constructor(status: number, body: unknown, headers: Headers, generationId?: string) {
    const b = body as ErrorBody | undefined;
    const e = b?.error;
    const errors = e?.errors ?? [];
    // One problem or none listed: the list's message is the top-level one.
    super(e ? `${status} ${e.code}: ${errors.map((x) => x.message).join(" ") || e.message}` : `${status} (no error body)`);
    Object.assign(this, { status, error: e && b, code: e?.code, param: e?.param, errors, requestId: b?.request_id, headers, generationId });
  }
}

export class BadRequestError extends APIError {
  static override kind = "BadRequestError";
}
export class AuthenticationError extends APIError {
  static override kind = "AuthenticationError";
}
export class NotFoundError extends APIError {
  static override kind = "NotFoundError";
}
export class InternalServerError extends APIError {
  static override kind = "InternalServerError";
}

/** 429: either a short-term rate limit (retried after `retryAfter`) or the monthly quota (never retried). */
export class RateLimitError extends APIError {
  static override kind = "RateLimitError";

  /** Seconds the server asked to wait (from `Retry-After`), if it said. */
  get retryAfter(): number | undefined {
    const ms = retryAfterMs(this.headers.get("Retry-After"));
    return ms && Math.ceil(ms / 1000);
  }

  /** The monthly generation limit is used up: do not retry before it resets. */
  get isQuotaExceeded(): boolean {
    return this.code === "quota_exceeded";
  }
}

/** Maps a status to its error class, as the contract documents them. */
export function apiError(status: number, body: unknown, headers: Headers, generationId?: string): APIError {
  const Class =
    status >= 500
      ? InternalServerError
      : ({ 400: BadRequestError, 401: AuthenticationError, 404: NotFoundError, 429: RateLimitError } as Record<number, typeof APIError>)[status] ?? APIError;
  return new Class(status, body, headers, generationId);
}

/** The request never got an answer (DNS, refused, reset). `cause` holds the runtime's error. */
export class ConnectionError extends VideoGenError {
  static override kind = "ConnectionError";
}

/** An attempt timed out, or the call's overall deadline passed. */
export class TimeoutError extends ConnectionError {
  static override kind = "TimeoutError";
}

/** The caller's AbortSignal fired. */
export class UserAbortError extends VideoGenError {
  static override kind = "UserAbortError";
}

/** A generation ended `failed`; `failure` is the server's reason. */
export class GenerationFailedError extends VideoGenError {
  static override kind = "GenerationFailedError";
  declare readonly generation: GenerationFailed;
  declare readonly generationId: string;
  declare readonly failure: GenerationFailed["error"];

  constructor(generation: GenerationFailed) {
    const { generation_id: generationId, error: failure } = generation;
    super(`Generation ${generationId} failed (${failure.code}): ${failure.message}`);
    Object.assign(this, { generation, generationId, failure });
  }
}

/** `wait()` reached its deadline. The generation goes on: call `wait(error.generationId)` again to resume. */
export class WaitTimeoutError extends VideoGenError {
  static override kind = "WaitTimeoutError";
  declare readonly generationId: string;
  /** The last status seen, if any. */
  declare readonly generation: Generation | undefined;
  /** Why the last poll failed, if it did (then `generation` may be older news); also the `cause`. */
  declare readonly lastError: VideoGenError | undefined;

  constructor(generationId: string, generation: Generation | undefined, lastError?: VideoGenError) {
    super(`Generation ${generationId} still ${generation?.status ?? "unknown"} at the deadline`, lastError);
    Object.assign(this, { generationId, generation, lastError });
  }
}

/** One field a request got wrong, as `ValidationError.errors` lists them. */
export interface ValidationProblem {
  param: string;
  value: unknown;
  /** What the contract allows here. */
  allowed: string;
  message: string;
}

/** A field's problem, with the message that names it, its value and what is allowed. */
export const problem = (param: string, value: unknown, allowed: string, context = ""): ValidationProblem => ({
  param,
  value,
  allowed,
  message: `${param} ${JSON.stringify(value)} is not allowed${context}; allowed: ${allowed}`,
});

/**
 * A request the contract forbids, caught before sending. `errors` lists every field at fault (the
 * message names them all); `param`, `value` and `allowed` are the first one's.
 */
export class ValidationError extends VideoGenError {
  static override kind = "ValidationError";
  declare readonly param: string;
  declare readonly value: unknown;
  /** What the contract allows here. */
  declare readonly allowed: string;
  declare readonly errors: ValidationProblem[];

  constructor(param: string, value: unknown, allowed: string, context = "", more: ValidationProblem[] = []) {
    const errors = [problem(param, value, allowed, context), ...more];
    super(errors.map((e) => e.message).join("; "));
    Object.assign(this, { param, value, allowed, errors });
  }
}
