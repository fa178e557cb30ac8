/**
 * The fetch that the openapi-fetch core calls: per-attempt timeout, overall deadline, retries with
 * backoff and Retry-After, hooks, and the mapping of failures to error classes. It returns only
 * successful responses; everything else becomes a thrown VideoGenError.
 */
import { APIError, apiError, ConnectionError, RateLimitError, TimeoutError, UserAbortError, type VideoGenError } from "../core/errors.ts";
import type { Hooks, RequestOptions } from "../core/types.ts";
import { backoff, retryAfterMs, sleep } from "./backoff.ts";
import { link, TIMED_OUT } from "./signal.ts";

export interface Settings {
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  maxRetries: number;
  timeout: number;
  retryDelay: number;
  maxRetryDelay: number;
  hooks: Hooks;
}

export interface Context {
  /** Named in errors about this generation. */
  generationId?: string;
  /** Hand back the body unread and keep following the caller's signal; `release` ends that. */
  stream?: boolean;
  release?: () => void;
}

export async function send(s: Settings, request: Request, o: RequestOptions, ctx: Context = {}): Promise<Response> {
  const { method, url } = request;
  const { hooks } = s;
  const maxRetries = o.maxRetries ?? s.maxRetries;
  // A retry of anything but a read is safe only if the server can recognise the repeat.
  const safe = method === "GET" || method === "HEAD" || request.headers.has("idempotency-key");
  const overall = o.deadline === undefined ? undefined : link(o.signal, o.deadline);
  const outer = overall?.signal ?? o.signal;
  try {
    for (let attempt = 0; ; attempt++) {
      const a = link(outer, o.timeout ?? s.timeout);
      hooks.onRequest?.({ method, url, attempt, headers: redacted(request.headers) });
      const started = Date.now();
      let res: Response | undefined;
      let text = "";
      let error!: VideoGenError;
      try {
        res = await s.fetch(request.body ? request.clone() : request, { signal: a.signal });
        // Read the body under the same timeout, so a stalled body also times out.
        if (!(res.ok && ctx.stream)) text = await res.text();
      } catch (e) {
        a.done();
        const reason = a.signal.reason;
        if (reason !== TIMED_OUT) {
          if (a.signal.aborted) throw new UserAbortError("Request aborted by the caller", e);
          error = new ConnectionError(`${method} ${url} failed: ${(e as Error)?.message}`, e);
        } else if (outer?.aborted) throw new TimeoutError(`${method} ${url}: deadline passed`, e);
        else error = new TimeoutError(`${method} ${url} timed out`, e);
      }
      if (res) {
        hooks.onResponse?.({ method, url, attempt, status: res.status, durationMs: Date.now() - started });
        if (res.ok && ctx.stream) {
          a.clear();
          ctx.release = a.done;
          return res;
        }
        a.done();
        if (res.ok) return new Response(text, res);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {}
        error = apiError(res.status, body, res.headers, ctx.generationId);
      }
      const status = error instanceof APIError ? error.status : undefined;
      const rateLimited = error instanceof RateLimitError && !error.isQuotaExceeded;
      const retryable = status === undefined || status === 408 || status >= 500 || rateLimited;
      if (attempt >= maxRetries || !retryable || !(safe || rateLimited)) throw error;
      const hinted = error instanceof APIError ? retryAfterMs(error.headers.get("retry-after")) : undefined;
      // A server asking for a longer pause than we accept gets the error back, not a hammering.
      if (hinted !== undefined && hinted > s.maxRetryDelay) throw error;
      const delayMs = hinted ?? backoff(attempt, s.retryDelay, s.maxRetryDelay);
      hooks.onRetry?.({ method, url, attempt: attempt + 1, delayMs, error });
      try {
        await sleep(delayMs, outer);
      } catch {
        throw outer!.reason === TIMED_OUT ? new TimeoutError(`${method} ${url}: deadline passed while retrying`, error) : new UserAbortError("Request aborted by the caller", error);
      }
    }
  } finally {
    overall?.done();
  }
}

/** The request headers for hooks, with the API key replaced. */
function redacted(headers: Headers): Record<string, string> {
  const copy = Object.fromEntries(headers);
  if (copy.authorization) copy.authorization = "Bearer [redacted]";
  return copy;
}
