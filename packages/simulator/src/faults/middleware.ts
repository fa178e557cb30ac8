/** Applies server-wide and per-request faults around every route. */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/env.ts";
import { errorResponse } from "../http/errors.ts";
import { seededDraw } from "../util/random.ts";
import { RecentMap } from "../util/recent-map.ts";
import { FAULT_HEADER, INJECTABLE_STATUSES, injectedError, parseFaultHeader, type FaultConfig, type FaultPlan } from "./config.ts";

/** What a server-wide error rate answers with, in turn: the contract's 5xx statuses. */
const SERVER_ERRORS = INJECTABLE_STATUSES.filter((status) => status >= 500);

/** Remembered header values for `times=`; bounded so a client cannot grow it forever. */
const MAX_TRACKED = 10_000;

export function faultMiddleware(config: FaultConfig, drop: (env: unknown) => boolean): MiddlewareHandler<AppEnv> {
  const seen = new RecentMap<string, number>(MAX_TRACKED);
  let draws = 0;

  const fromServer = (): FaultPlan | undefined => {
    const { errorRate, rateLimitRate, dropRate } = config;
    if (config.latencyMs === 0 && errorRate + rateLimitRate + dropRate === 0) return undefined;
    const draw = seededDraw(config.seed, draws++);
    const plan: FaultPlan = { latencyMs: config.latencyMs, after: false };
    if (draw < dropRate) plan.action = { kind: "drop" };
    else if (draw < dropRate + errorRate) plan.action = { kind: "status", status: SERVER_ERRORS[draws % SERVER_ERRORS.length]!, retryAfter: 1 };
    else if (draw < dropRate + errorRate + rateLimitRate) plan.action = { kind: "status", status: 429, retryAfter: 1 };
    return plan;
  };

  const fromHeader = (value: string): FaultPlan | undefined => {
    const plan = parseFaultHeader(value);
    if (plan.times === undefined) return plan;
    const used = seen.get(value) ?? 0;
    seen.set(value, used + 1);
    return used < plan.times ? plan : undefined;
  };

  return async (c, next) => {
    const header = config.header ? c.req.header(FAULT_HEADER) : undefined;
    const plan = header !== undefined ? fromHeader(header) : fromServer();
    if (!plan) return next();
    if (plan.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.latencyMs));
    const action = plan.action;
    if (!action) return next();
    const answer = (): Response => {
      if (action.kind === "status") return errorResponse(injectedError(action.status, action.retryAfter), c.get("requestId"), c.req.method);
      // Never sent when the adapter can drop the socket; elsewhere the body fails mid-stream.
      if (drop(c.env)) return new Response(null, { status: 500 });
      return new Response(new ReadableStream({ start: (controller) => controller.error(new Error("dropped (injected fault)")) }));
    };
    if (!plan.after) return answer();
    await next();
    c.res = undefined;
    c.res = answer();
  };
}
