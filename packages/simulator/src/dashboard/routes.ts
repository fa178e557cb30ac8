/**
 * The dashboard (`/dashboard`, where `GET /` redirects) and its simulator-only control routes (`/_simulator/...`), which are
 * no part of the public contract. They are registered before the CORS middleware on purpose: no
 * CORS headers and preflights refused, so only a page served by the simulator itself (same
 * origin) can turn its knobs. Every control route wants a configured key as `Authorization`.
 */
import type { Context, Hono } from "hono";
import type { Account } from "../auth/accounts.ts";
import { readJsonBody } from "../http/body.ts";
import type { AppEnv } from "../http/env.ts";
import { usageOf } from "../limits/quota.ts";
import type { SimulatorContext } from "../routes/context.ts";
import { dashboardPage } from "./page.ts";
import { dashboardScript } from "./script.ts";
import { applySettings, readSettings } from "./settings.ts";

export const DASHBOARD_PATH = "/dashboard";
/** Prefix of the simulator-only control routes. */
export const CONTROL_PREFIX = "/_simulator";

const NO_STORE = { "cache-control": "no-store" };

export function dashboardRoutes(app: Hono<AppEnv>, ctx: SimulatorContext, devKey: string | undefined): void {
  const page = dashboardPage(devKey);
  // `/` is no path of the contract: a person who opens the server's address lands on the dashboard
  // (the Node adapter sends it to the docs instead when it serves them). spec/DECISIONS.md.
  app.get("/", (c) => c.redirect(DASHBOARD_PATH, 302));
  app.get(DASHBOARD_PATH, (c) => c.html(page, 200, NO_STORE));
  app.get(`${DASHBOARD_PATH}/app.js`, (c) => c.body(dashboardScript, 200, { "content-type": "text/javascript; charset=utf-8", ...NO_STORE }));

  const account = (c: Context<AppEnv>): Promise<Account> => Promise.resolve(ctx.accounts.authenticate(c.req.header("authorization")));

  // Same origin only: a cross-origin preflight gets no Access-Control-Allow-* headers, so it fails.
  app.options(`${CONTROL_PREFIX}/*`, () => new Response(null, { status: 204 }));
  app.get(`${CONTROL_PREFIX}/settings`, async (c) => {
    await account(c);
    return c.json(readSettings(ctx.options), 200, NO_STORE);
  });
  app.put(`${CONTROL_PREFIX}/settings`, async (c) => {
    await account(c);
    const body = await readJsonBody(c.req.raw, ctx.options.maxBodyBytes);
    return c.json(applySettings(ctx.options, body), 200, NO_STORE);
  });
  app.post(`${CONTROL_PREFIX}/usage/reset`, async (c) => {
    const known = await account(c);
    const now = ctx.options.now();
    ctx.store.resetUsage(known.id, now);
    return c.json(usageOf(ctx.store, known, now, now), 200, NO_STORE);
  });
}
