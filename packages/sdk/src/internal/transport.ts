/**
 * The fetch that the openapi-fetch core calls: per-attempt timeout, overall deadline, retries with
 * backoff and Retry-After, hooks, and the mapping of failures to error classes. It returns only
 * successful responses; everything else becomes a thrown VideoGenError.
 */
import { APIError, apiError, ConnectionError, RateLimitError, TimeoutError, UserAbortError, type VideoGenError } from "../core/errors.ts";
import type { ClientOptions, RequestOptions } from "../core/types.ts";
import { backoff, retryAfterMs, sleep } from "./backoff.ts";
import { link, TIMED_OUT } from "./signal.ts";

/** The client's options; defaults are applied where each is used. */
export type Settings = Pick<ClientOptions, "fetch" | "maxRetries" | "timeout" | "retryDelay" | "maxRetryDelay" | "hooks">;

/** Retries after the first attempt: the call's, else the client's, else 2. */
export const maxRetries = (o: RequestOptions, s: Settings): number => o.maxRetries ?? s.maxRetries ?? 2;

/**
 * One request as openapi-fetch describes it, handed to `fetch(url, init)` as is. The client makes
 * openapi-fetch build these instead of `Request`s: a Request costs an AbortSignal of its own (the
 * largest single cost of a call in Node) and a clone per retry, and fetch builds one anyway.
 */
export interface Call extends RequestInit {
  url: string;
  method: string;
  headers: Headers;
}

/** Stands in for the `Request` constructor in openapi-fetch (`new` with a function returns its object). */
export const Call = function (url: string, init: RequestInit) {
  return { ...init, url };
} as unknown as typeof Request;

export interface Context {
  /** Named in errors about this generation. */
  generationId?: string;
  /** Hand back the body unread and keep following the caller's signal; `release` ends that. */
  stream?: boolean;
  release?: () => void;
}

export async function send(s: Settings, { url, ...init }: Call, o: RequestOptions, ctx: Context = {}): Promise<Response> {
  const { method, headers } = init;
  // The client defaults (ClientOptions documents them).
  const { hooks = {}, timeout = 60_000, retryDelay = 500, maxRetryDelay = 60_000 } = s;
  // A retry of anything but a read is safe only if the server can recognise the repeat.
  const safe = method === "GET" || method === "HEAD" || headers.has("Idempotency-Key");
  const overall = o.deadline === undefined ? undefined : link(o.signal, o.deadline);
  const outer = overall?.signal ?? o.signal;
  /** What a fired signal means: one of our timers, or the caller. */
  const aborted = (signal: AbortSignal, cause: unknown) =>
    signal.reason === TIMED_OUT ? new TimeoutError(`${method} ${url} timed out`, cause) : new UserAbortError("Aborted by the caller", cause);
  try {
    for (let attempt = 0; ; attempt++) {
      const event = { method, url, attempt };
      const a = link(outer, o.timeout ?? timeout);
      hooks.onRequest?.({ ...event, headers: redacted(headers) });
      const started = Date.now();
      let res: Response | undefined;
      let text = "";
      let error: VideoGenError;
      try {
        // The body is a string (openapi-fetch's JSON), so a retry can send it again.
        res = await (s.fetch ?? fetch)(url, { ...init, signal: a.signal });
        // Read the body under the same timeout, so a stalled body also times out.
        if (!(res.ok && ctx.stream)) text = await res.text();
      } catch (e) {
        a.done();
        // The caller's signal or the overall deadline ends the call; an attempt's own timeout is retried.
        if (outer?.aborted) throw aborted(outer, e);
        error = a.signal.aborted ? aborted(a.signal, e) : new ConnectionError(`${method} ${url} failed: ${reason(e)}`, e);
      }
      if (res) {
        hooks.onResponse?.({ ...event, status: res.status, durationMs: Date.now() - started });
        if (res.ok && ctx.stream) {
          a.clear();
          ctx.release = a.done;
          return res;
        }
        a.done();
        // The body is read already: let openapi-fetch's text()/json() answer from it (a new Response costs a copy).
        if (res.ok) return Object.assign(res, { text: async () => text, json: async () => JSON.parse(text) });
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {}
        error = apiError(res.status, body, res.headers, ctx.generationId);
      }
      if (attempt >= maxRetries(o, s) || !transient(error!) || !(safe || limited(error!))) throw error!;
      const hinted = retryAfterMs((error! as Partial<APIError>).headers?.get("Retry-After"));
      // A server asking for a longer pause than we accept gets the error back, not a hammering.
      if (hinted! > maxRetryDelay) throw error!;
      const delayMs = hinted ?? backoff(attempt, retryDelay, maxRetryDelay);
      hooks.onRetry?.({ ...event, attempt: attempt + 1, delayMs, error: error! });
      await sleep(delayMs, outer).catch((e) => {
        throw aborted(outer!, e);
      });
    }
  } finally {
    overall?.done();
  }
}

/** A short-term rate limit (not the monthly quota): worth a retry even for a POST, the server did nothing. */
const limited = (error: unknown): boolean => error instanceof RateLimitError && !error.isQuotaExceeded;

/** A failure that may pass by itself: no answer, a timeout, 408, 5xx or a short-term rate limit. */
export function transient(error: unknown): boolean {
  const { status = 0 } = error as Partial<APIError>;
  return error instanceof ConnectionError || status === 408 || status >= 500 || limited(error);
}

/**
 * Why a fetch failed, for the message: the system's code where the runtime gives one (Node puts
 * `ECONNREFUSED`, `ENOTFOUND` … on the cause of its "fetch failed"), else the error's own text.
 */
function reason(error: any): string {
  const e = error?.cause ?? error;
  return e?.code ?? e;
}

/** The request headers for hooks, with the API key replaced. */
function redacted(headers: Headers): Record<string, string> {
  const copy = Object.fromEntries(headers);
  if (copy.authorization) copy.authorization = "[redacted]";
  return copy;
}
