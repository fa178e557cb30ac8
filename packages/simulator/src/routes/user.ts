/** GET /v1/user — the key's user, plan and this month's usage. */
import type { Hono } from "hono";
import { jsonAnswer } from "../http/cors.ts";
import type { AppEnv } from "../http/env.ts";
import { usageOf } from "../limits/quota.ts";
import { nextMonthStart, rfc3339 } from "../util/time.ts";
import type { SimulatorContext } from "./context.ts";

/** A fixed sign-up date, so answers are stable across restarts. */
const CREATED_AT = Date.UTC(2025, 0, 1);

export function userRoute(app: Hono<AppEnv>, ctx: SimulatorContext): void {
  app.get("/v1/user", (c) => {
    const account = c.get("account");
    const now = ctx.options.now();
    const usage = usageOf(ctx.store, account, now, ctx.store.usageResetAt(account.id));
    return jsonAnswer(c, {
      success: true,
      user: {
        id: `usr_${account.id.slice(0, 12)}`,
        email: account.config.user?.email ?? "developer@example.com",
        name: account.config.user?.name ?? "Local Developer",
        created_at: rfc3339(CREATED_AT),
      },
      plan: account.config.plan ?? { key: "free", name: "Free" },
      usage: {
        ...usage,
        remaining: Math.max(0, usage.monthly_limit - usage.current_month_usage),
        resets_at: rfc3339(nextMonthStart(now)),
      },
    });
  });
}
