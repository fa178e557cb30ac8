/** GET /v1/status/{generation_id} — one of the caller's generations; others' answer 404 so ids do not leak. */
import type { Hono } from "hono";
import { jsonAnswer } from "../http/cors.ts";
import type { AppEnv } from "../http/env.ts";
import { ApiError } from "../http/errors.ts";
import { presentGeneration } from "../present.ts";
import { validateParams } from "../validation/params.ts";
import { publicBase, type SimulatorContext } from "./context.ts";

const PATH = "/v1/status/{generation_id}";

export function statusRoute(app: Hono<AppEnv>, ctx: SimulatorContext): void {
  app.get("/v1/status/:generation_id", (c) => {
    const id = generationIdParam(PATH, "get", c.req.param("generation_id"));
    const record = ctx.store.getGeneration(id);
    if (!record || record.owner !== c.get("account").id) throw notFound(id);
    return jsonAnswer(c, { success: true, ...presentGeneration(record, ctx.options.now(), publicBase(c.req.url, ctx.options)) });
  });
}

export function generationIdParam(path: string, method: string, raw: string): string {
  const params = validateParams(path, method, { query: () => undefined, header: () => undefined, path: () => raw });
  return params.generation_id as string;
}

export function notFound(id: string): ApiError {
  return new ApiError("not_found", `No generation ${id} for this API key.`, "generation_id");
}

