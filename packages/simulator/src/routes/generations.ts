/** GET /v1/generations — the caller's generations, newest first, one page at a time. */
import type { Hono } from "hono";
import { jsonAnswer } from "../http/cors.ts";
import type { AppEnv } from "../http/env.ts";
import { presentGeneration } from "../present.ts";
import { validateParams } from "../validation/params.ts";
import { publicBase, type SimulatorContext } from "./context.ts";

export function generationsRoute(app: Hono<AppEnv>, ctx: SimulatorContext): void {
  app.get("/v1/generations", (c) => {
    const params = validateParams("/v1/generations", "get", {
      query: (name) => c.req.query(name),
      path: () => undefined,
      header: () => undefined,
    });
    const page = params.page as number;
    const limit = params.limit as number;
    const all = ctx.store.listGenerations(c.get("account").id);
    const now = ctx.options.now();
    const base = publicBase(c.req.url, ctx.options);
    const totalPages = Math.ceil(all.length / limit);
    return jsonAnswer(c, {
      success: true,
      generations: all.slice((page - 1) * limit, page * limit).map((record) => presentGeneration(record, now, base)),
      pagination: { page, limit, total: all.length, total_pages: totalPages, has_more: page < totalPages },
    });
  });
}
