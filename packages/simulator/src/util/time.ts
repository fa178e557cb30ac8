/** RFC 3339 timestamps and calendar-month boundaries (UTC). */

// Under load most requests fall in the same second and month as the one before: remember the
// last answer of each instead of building a Date every time.
let lastSecond = NaN;
let lastStamp = "";
let monthFrom = NaN;
let monthTo = NaN;

/** `2025-01-04T00:08:42Z` — second precision, as the contract's examples. */
export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastStamp = new Date(second * 1000).toISOString().replace(".000Z", "Z");
    lastSecond = second;
  }
  return lastStamp;
}

export function monthStart(ms: number): number {
  if (ms >= monthFrom && ms < monthTo) return monthFrom;
  const date = new Date(ms);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  monthFrom = start;
  monthTo = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return start;
}

export function nextMonthStart(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}
