/** A fixed-window request counter per account; over the limit → 429 rate_limited with Retry-After. */
import type { RateLimit } from "../options.ts";
import { ApiError } from "../http/errors.ts";

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  check(accountId: string, limit: RateLimit, now: number): void {
    if (limit.requests <= 0) return;
    const length = limit.windowSeconds * 1000;
    let window = this.windows.get(accountId);
    if (!window || now - window.start >= length) {
      window = { start: now, count: 0 };
      this.windows.set(accountId, window);
    }
    window.count++;
    if (window.count > limit.requests) {
      const retryAfter = Math.max(1, Math.ceil((window.start + length - now) / 1000));
      throw new ApiError(
        "rate_limited",
        `Too many requests for this API key (more than ${limit.requests} in ${limit.windowSeconds} s); retry in ${retryAfter} seconds.`,
        undefined,
        { "retry-after": String(retryAfter) },
      );
    }
  }
}
