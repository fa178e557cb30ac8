/** The monthly quota: accepted generations this calendar month (UTC) against the key's limit. */
import type { Account } from "../auth/accounts.ts";
import { ApiError } from "../http/errors.ts";
import type { Store } from "../store/types.ts";
import { monthStart, nextMonthStart, rfc3339 } from "../util/time.ts";

export interface Usage {
  current_month_usage: number;
  monthly_limit: number;
}

/**
 * `resetAt`: when the simulator's usage reset (a dashboard control) last ran for this key; only
 * generations from then on count.
 */
export function usageOf(store: Store, account: Account, now: number, resetAt = 0): Usage {
  const since = Math.max(monthStart(now), resetAt);
  return { current_month_usage: store.countSince(account.id, since), monthly_limit: account.config.monthlyLimit };
}

/** Throws 429 quota_exceeded (deliberately without Retry-After: retrying will not help); else returns the usage. */
export function assertQuota(store: Store, account: Account, now: number, resetAt = 0): Usage {
  const usage = usageOf(store, account, now, resetAt);
  if (usage.current_month_usage >= usage.monthly_limit) {
    throw new ApiError(
      "quota_exceeded",
      `The monthly limit of ${usage.monthly_limit} generations is used up; it resets at ${rfc3339(nextMonthStart(now))}.`,
    );
  }
  return usage;
}
