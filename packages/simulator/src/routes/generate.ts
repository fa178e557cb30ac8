/** POST /v1/generate — validate, replay or refuse by Idempotency-Key, check quota, plan, answer. */
import type { Hono } from "hono";
import { readJsonBody } from "../http/body.ts";
import type { GenerationStatus } from "../contract/names.ts";
import { jsonAnswer } from "../http/cors.ts";
import type { AppEnv } from "../http/env.ts";
import { ApiError } from "../http/errors.ts";
import { decideOutcome } from "../lifecycle/failures.ts";
import { planSchedule } from "../lifecycle/schedule.ts";
import { phaseSeconds } from "../lifecycle/timing.ts";
import { assertQuota } from "../limits/quota.ts";
import { generationBase } from "../present.ts";
import type { GenerationRecord, GenerationRequest } from "../store/types.ts";
import { randomSeed } from "../util/random.ts";
import { validateGenerateBody } from "../validation/generate-body.ts";
import { validateParams } from "../validation/params.ts";
import { prepareVideo } from "../video/prepare.ts";
import type { SimulatorContext } from "./context.ts";

const PATH = "/v1/generate";
/** The contract's replay window for Idempotency-Key. */
const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export function generateRoute(app: Hono<AppEnv>, ctx: SimulatorContext): void {
  app.post(PATH, async (c) => {
    const params = validateParams(PATH, "post", {
      query: () => undefined,
      path: () => undefined,
      header: (name) => c.req.header(name),
    });
    const body = await readJsonBody(c.req.raw, ctx.options.maxBodyBytes);
    const input = validateGenerateBody(body);

    // From here to the insert everything is synchronous, so concurrent requests cannot interleave.
    const account = c.get("account");
    const now = ctx.options.now();
    const idempotencyKey = params["Idempotency-Key"] as string | undefined;
    // Only a request with an Idempotency-Key needs the body's fingerprint.
    const fingerprint = idempotencyKey === undefined ? "" : canonicalJson(body);
    if (idempotencyKey !== undefined) {
      const earlier = ctx.store.getIdempotency(account.id, idempotencyKey);
      if (earlier && now - earlier.createdAt < IDEMPOTENCY_WINDOW_MS) {
        if (earlier.fingerprint !== fingerprint) {
          throw new ApiError(
            "idempotency_key_reused",
            "This Idempotency-Key was used with a different body. Use a new key for a new generation.",
            "Idempotency-Key",
          );
        }
        return jsonAnswer(c, earlier.response, 200, { "idempotent-replayed": "true" });
      }
    }
    const usage = assertQuota(ctx.store, account, now, ctx.store.usageResetAt(account.id));

    const seed = input.seed === -1 ? randomSeed() : input.seed;
    const request: GenerationRequest = {
      model: input.model.key,
      type: input.type,
      prompt: input.prompt,
      duration: input.duration,
      resolution: input.resolution,
      aspect_ratio: input.aspect_ratio,
      seed,
      camera_fixed: input.camera_fixed,
      add_audio: input.add_audio,
    };
    if (input.audio_prompt !== undefined) request.audio_prompt = input.audio_prompt;
    if (input.image_url !== undefined) request.image_url = input.image_url;
    const outcome = decideOutcome(input.prompt, ctx.store.size(), ctx.options.failures);
    const schedule = planSchedule(now, phaseSeconds(request), outcome, ctx.store.workerFreeAt(ctx.options.workers), ctx.options.speed);
    const record: GenerationRecord = { id: ctx.newGenerationId(), owner: account.id, createdAt: now, request, schedule, outcome };
    const response = {
      success: true,
      generation_id: record.id,
      status: "pending" satisfies GenerationStatus,
      ...generationBase(record),
      request_id: c.get("requestId"),
      status_url: `/v1/status/${record.id}`,
      message: "Video generation request submitted successfully.",
      // This month's count now includes the generation just added (created now, by this account).
      usage: { current_month_usage: usage.current_month_usage + 1, monthly_limit: usage.monthly_limit },
    };
    const replay = idempotencyKey === undefined ? undefined : { owner: account.id, key: idempotencyKey, fingerprint, createdAt: now, response };
    ctx.store.addGeneration(record, replay);
    prepareVideo(ctx.video, record, now);
    return jsonAnswer(c, response);
  });
}

/** JSON with sorted keys, so the same body in another key order or spacing is the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
