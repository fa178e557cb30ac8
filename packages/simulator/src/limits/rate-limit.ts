/**
 * A fixed-window request counter per account; over the limit → 429 rate_limited with Retry-After.
 * Every admitted request learns its state as the IETF `RateLimit-Policy` and `RateLimit` fields
 * (draft-ietf-httpapi-ratelimit-headers-10; spec/DECISIONS.md says why this form).
 */
import type { RateLimit } from "../options.ts";
import { ApiError } from "../http/errors.ts";

/** The policy's name in both fields. */
const POLICY = '"requests"';

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** Counts the request; returns the rate-limit header fields for its answer (none when the limit is off). */
  check(accountId: string, limit: RateLimit, now: number): Record<string, string> | undefined {
    if (limit.requests <= 0) return undefined;
    const length = limit.windowSeconds * 1000;
    let window = this.windows.get(accountId);
    if (!window || now - window.start >= length) {
      window = { start: now, count: 0 };
      this.windows.set(accountId, window);
    }
    window.count++;
    const reset = Math.max(1, Math.ceil((window.start + length - now) / 1000));
    const headers = {
      "ratelimit-policy": `${POLICY};q=${limit.requests};w=${Math.ceil(limit.windowSeconds)}`,
      ratelimit: `${POLICY};r=${Math.max(0, limit.requests - window.count)};t=${reset}`,
    };
    if (window.count > limit.requests) {
      throw new ApiError(
        "rate_limited",
        `Too many requests for this API key (more than ${limit.requests} in ${limit.windowSeconds} s); retry in ${reset} seconds.`,
        undefined,
        { ...headers, "retry-after": String(reset) },
      );
    }
    return headers;
  }
}
