/** Delays: retry backoff, `Retry-After`, and a sleep that an AbortSignal cuts short. */
import { link, TIMED_OUT } from "./signal.ts";

/** Exponential backoff with full jitter: a random delay in [0, min(cap, base·2^retry)). */
export const backoff = (retry: number, base: number, cap: number): number => Math.random() * Math.min(cap, base * 2 ** retry);

/** `Retry-After` in ms, from delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  // A number of seconds, else a date; `at !== at` only for NaN (neither).
  const at = isNaN(+value) ? Date.parse(value) : Date.now() + +value * 1000;
  return at === at ? Math.max(0, at - Date.now()) : undefined;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const { signal: s, done } = link(signal, ms);
    const settle = () => {
      done();
      s.reason === TIMED_OUT ? resolve() : reject(s.reason);
    };
    s.aborted ? settle() : s.addEventListener("abort", settle);
  });
}
