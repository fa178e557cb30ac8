/** GET/HEAD /v1/video/{generation_id} — the public MP4 of a completed generation, with byte ranges. */
import type { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { ApiError } from "../http/errors.ts";
import { parseRange } from "../http/range.ts";
import { statusAt } from "../lifecycle/status.ts";
import { validateParams } from "../validation/params.ts";
import { videoSpecOf } from "../video/spec.ts";
import type { SimulatorContext } from "./context.ts";
import { notFound } from "./status.ts";

const PATH = "/v1/video/{generation_id}";

export function videoRoute(app: Hono<AppEnv>, ctx: SimulatorContext): void {
  // Hono answers HEAD with the GET handler; the handler leaves the body out itself so no file is opened for nothing.
  app.get("/v1/video/:generation_id", async (c) => {
    const head = c.req.method === "HEAD";
    const params = validateParams(PATH, head ? "head" : "get", {
      query: () => undefined,
      path: () => c.req.param("generation_id"),
      header: (name) => c.req.header(name),
    });
    const id = params.generation_id as string;
    const record = ctx.store.getGeneration(id);
    if (!record) throw notFound(id);
    const state = statusAt(record, ctx.options.now());
    if (state.status !== "completed") {
      const why = state.status === "failed" ? "failed, so it has no video" : `is ${state.status}; its video is served once it is completed`;
      throw new ApiError("video_not_ready", `Generation ${id} ${why}.`, "generation_id");
    }

    const file = await ctx.video.open(videoSpecOf(record));
    const headers: Record<string, string> = {
      "content-type": "video/mp4",
      "accept-ranges": "bytes",
      etag: file.etag,
      "cache-control": "public, max-age=86400",
      ...file.headers,
    };
    const range = params.Range as string | undefined;
    if (head || range === undefined) {
      headers["content-length"] = String(file.size);
      return new Response(head ? null : toBody(file.read(0, file.size - 1)), { status: 200, headers });
    }
    const { start, end } = parseRange(range, file.size);
    headers["content-length"] = String(end - start + 1);
    headers["content-range"] = `bytes ${start}-${end}/${file.size}`;
    return new Response(toBody(file.read(start, end)), { status: 206, headers });
  });
}

function toBody(data: ReadableStream<Uint8Array> | Uint8Array): BodyInit {
  return data instanceof Uint8Array ? (data as unknown as BodyInit) : data;
}
