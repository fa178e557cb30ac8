/**
 * Every endpoint, success and each error, driven through `prism proxy <bundled spec> <simulator>
 * --errors`: Prism checks each answer against the contract and turns any violation into its own
 * 500. So every answer here must be the simulator's (not Prism's) and carry the expected status.
 * Prism answers a few requests itself without forwarding (a missing key, an unknown route, a body
 * that is not JSON); those are checked directly against the response schemas at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractErrors, spec } from "./helpers/contract.ts";
import { startPrismProxy } from "./helpers/prism.ts";
import { call, DEV_KEY, generate, startSimulator, type Answer, type SimulatorProcess } from "./helpers/simulator.ts";
import { seedTextToVideo, seedTextToVideoWithAudio } from "@videogenapi/tooling/seed-examples";

const RATE_KEY = "lt_contract_rate_limited";
const QUOTA_KEY = "lt_contract_quota_one";
const OTHER_KEY = "lt_contract_other";
let sim: SimulatorProcess;
let prism: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  const keys = [
    { key: RATE_KEY, monthly_limit: 100, rate_limit: { requests: 1, window_seconds: 60 } },
    { key: QUOTA_KEY, monthly_limit: 1 },
    { key: OTHER_KEY, monthly_limit: 100 },
  ];
  sim = await startSimulator(["--speed", "40", "--workers", "4", "--rate-limit", "0"], { VIDEOGEN_SIM_KEYS: JSON.stringify(keys) });
  prism = await startPrismProxy(sim.url);
});
afterAll(async () => {
  await prism?.stop();
  await sim?.stop();
});

/** The answer came from the simulator and Prism found nothing wrong with it. */
function expectSimulatorAnswer(answer: Answer, status: number, code?: string): void {
  const fromPrism = typeof answer.body?.type === "string" && answer.body.type.includes("stoplight.io/prism");
  const problem = fromPrism ? JSON.stringify(answer.body).slice(0, 800) : "";
  expect(problem, "Prism reported a contract violation").toBe("");
  expect(answer.status).toBe(status);
  if (code) expect(answer.body.error.code).toBe(code);
}

const viaPrism = (path: string, init: Parameters<typeof call>[2] = {}) => call(prism.url, path, init);
const body = (model: string, extra: object = {}) => ({ model, prompt: "A lighthouse in a storm", ...extra });

describe("POST /v1/generate through prism proxy", () => {
  const accepted: Array<[string, object]> = [
    ["the docs' text-to-video", seedTextToVideo],
    ["the docs' text-to-video with audio", seedTextToVideoWithAudio],
    ["the contract's image-to-video", spec.components.examples.ImageToVideoRequest.value],
    ["a prompt alone (sora-2 defaults)", { prompt: "A cat playing with a ball in a sunny garden" }],
  ];
  it.each(accepted)("200 for %s", async (_, request) => {
    const answer = await generate(prism.url, request);
    expectSimulatorAnswer(answer, 200);
    expect(answer.body.status).toBe("pending");
  });

  const rejected: Array<[string, object, string, string]> = [
    ["no prompt", { model: "kling_25" }, "missing_parameter", "prompt"],
    ["an unknown model", { model: "kling_2_1", prompt: "x" }, "invalid_parameter", "model"],
    ["a duration the model lacks", body("veo_3", { duration: 15 }), "invalid_parameter", "duration"],
    ["a resolution the model lacks", body("ltxv-13b", { resolution: "1080p" }), "invalid_parameter", "resolution"],
    ["an image for a text-only model", body("higgsfield_v1", { image_url: "https://example.com/a.png" }), "invalid_parameter", "image_url"],
    ["aspect_ratio with image_url", body("kling_25", { image_url: "https://example.com/a.png", aspect_ratio: "1:1" }), "invalid_parameter", "aspect_ratio"],
    ["a prompt over 1000 characters", body("kling_25", { prompt: "x".repeat(1001) }), "invalid_parameter", "prompt"],
    ["audio_prompt without add_audio", body("kling_25", { audio_prompt: "birds" }), "invalid_parameter", "audio_prompt"],
    ["a misspelt parameter", body("kling_25", { aspectRatio: "1:1" }), "unknown_parameter", "aspectRatio"],
    ["a duration of the wrong type", body("kling_25", { duration: "10" }), "invalid_parameter", "duration"],
  ];
  it.each(rejected)("400 for %s", async (_, request, code, param) => {
    const answer = await generate(prism.url, request);
    expectSimulatorAnswer(answer, 400, code);
    expect(answer.body.error.param).toBe(param);
  });

  it("Idempotency-Key: replay → same 200 body + Idempotent-Replayed; other body → 400", async () => {
    const headers = { "idempotency-key": `contract-${Date.now()}` };
    const first = await generate(prism.url, body("kling_25"), headers);
    expectSimulatorAnswer(first, 200);
    const replay = await generate(prism.url, body("kling_25"), headers);
    expectSimulatorAnswer(replay, 200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(first.body);
    const reused = await generate(prism.url, body("kling_25", { duration: 10 }), headers);
    expectSimulatorAnswer(reused, 400, "idempotency_key_reused");
    const malformed = await generate(prism.url, body("kling_25"), { "idempotency-key": "has spaces" });
    expectSimulatorAnswer(malformed, 400, "invalid_parameter");
  });

  it("413 for a body over 64 KiB and 415 for another content type", async () => {
    expectSimulatorAnswer(await generate(prism.url, body("kling_25", { note: "x".repeat(70_000) })), 413, "payload_too_large");
    expectSimulatorAnswer(await generate(prism.url, body("kling_25"), { "content-type": "text/plain" }), 415, "unsupported_media_type");
  });

  it("429 quota_exceeded without Retry-After, 429 rate_limited with it", async () => {
    expectSimulatorAnswer(await generate(prism.url, body("ltxv-13b"), {}, QUOTA_KEY), 200);
    const quota = await generate(prism.url, body("ltxv-13b"), {}, QUOTA_KEY);
    expectSimulatorAnswer(quota, 429, "quota_exceeded");
    expect(quota.headers.get("retry-after")).toBeNull();

    expectSimulatorAnswer(await viaPrism("/v1/user", { key: RATE_KEY }), 200);
    const limited = await generate(prism.url, body("ltxv-13b"), {}, RATE_KEY);
    expectSimulatorAnswer(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("500 internal_error when a fault is injected", async () => {
    const answer = await generate(prism.url, body("ltxv-13b"), { "x-simulator-fault": "status=500" });
    expectSimulatorAnswer(answer, 500, "internal_error");
  });
});

describe("GET /v1/status, /v1/generations, /v1/user through prism proxy", () => {
  it("every status of the lifecycle conforms (pending, in_queue, in_progress video/audio, completed, failed)", async () => {
    // Its own simulator and proxy: an empty queue and a slow enough clock (pending lasts 400 ms)
    // that polling sees every state even on a busy machine.
    const slow = await startSimulator(["--speed", "5", "--workers", "1", "--rate-limit", "0"]);
    const proxy = await startPrismProxy(slow.url);
    try {
      const seen = new Set<string>();
      const ids: string[] = [];
      for (const request of [body("ltxv-13b", { duration: 1, add_audio: true }), body("ltxv-13b", { duration: 1, prompt: "x [fail:content_policy]" })]) {
        const id = (await generate(proxy.url, request)).body.generation_id;
        ids.push(id);
        const first = await call(proxy.url, `/v1/status/${id}`); // right away, while it is still pending
        expectSimulatorAnswer(first, 200);
        seen.add(first.body.status);
      }
      const deadline = Date.now() + 40_000;
      const open = new Set(ids);
      while (open.size > 0 && Date.now() < deadline) {
        for (const id of [...open]) {
          const answer = await call(proxy.url, `/v1/status/${id}`);
          expectSimulatorAnswer(answer, 200);
          seen.add(answer.body.phase ? `${answer.body.status}/${answer.body.phase}` : answer.body.status);
          if (answer.body.status === "completed" || answer.body.status === "failed") open.delete(id);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(open.size).toBe(0);
      for (const state of ["pending", "in_queue", "in_progress/video", "in_progress/audio", "completed", "failed"]) {
        expect(seen, state).toContain(state);
      }
    } finally {
      await proxy.stop();
      await slow.stop();
    }
  });

  it("status errors: malformed id 400, unknown id 404, another key's id 404", async () => {
    expectSimulatorAnswer(await viaPrism("/v1/status/not-an-id"), 400, "invalid_parameter");
    expectSimulatorAnswer(await viaPrism("/v1/status/gen_0000000000000_000000"), 404, "not_found");
    const mine = await generate(prism.url, body("ltxv-13b"));
    expectSimulatorAnswer(await viaPrism(`/v1/status/${mine.body.generation_id}`, { key: OTHER_KEY }), 404, "not_found");
    expectSimulatorAnswer(await viaPrism(`/v1/status/${mine.body.generation_id}`, { headers: { "x-simulator-fault": "status=503" } }), 503, "service_unavailable");
  });

  it("list pages, past the end, and bad paging parameters", async () => {
    expectSimulatorAnswer(await viaPrism("/v1/generations?page=1&limit=2"), 200);
    const past = await viaPrism("/v1/generations?page=999&limit=100");
    expectSimulatorAnswer(past, 200);
    expect(past.body.generations).toEqual([]);
    expectSimulatorAnswer(await viaPrism("/v1/generations?limit=500"), 400, "invalid_parameter");
    expectSimulatorAnswer(await viaPrism("/v1/generations?page=0"), 400, "invalid_parameter");
    expectSimulatorAnswer(await viaPrism("/v1/generations", { key: OTHER_KEY }), 200);
  });

  it("user", async () => {
    const answer = await viaPrism("/v1/user");
    expectSimulatorAnswer(answer, 200);
    expect(answer.body.usage.monthly_limit).toBe(100);
  });
});

describe("GET/HEAD /v1/video through prism proxy", () => {
  it("200, HEAD, 206, 416, video_not_ready, not_found, malformed id and Range", async () => {
    const done = await generate(prism.url, body("ltxv-13b", { duration: 1 }));
    const id = done.body.generation_id;
    expectSimulatorAnswer(await viaPrism(`/v1/video/${id}`, { key: null }), 404, "video_not_ready");
    for (;;) {
      const status = await call(sim.url, `/v1/status/${id}`);
      if (status.body.status === "completed") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expectSimulatorAnswer(await viaPrism(`/v1/video/${id}`, { key: null }), 200);
    expectSimulatorAnswer(await viaPrism(`/v1/video/${id}`, { key: null, method: "HEAD" }), 200);
    // Prism re-encodes binary bodies and drops HEAD's Content-Length: sizes come from the simulator itself.
    const direct = await call(sim.url, `/v1/video/${id}`, { key: null, method: "HEAD" });
    const size = Number(direct.headers.get("content-length"));
    expect(size).toBeGreaterThan(1000);
    const part = await viaPrism(`/v1/video/${id}`, { key: null, headers: { range: "bytes=10-19" } });
    expectSimulatorAnswer(part, 206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${size}`);
    const outside = await viaPrism(`/v1/video/${id}`, { key: null, headers: { range: `bytes=${size}-` } });
    expectSimulatorAnswer(outside, 416, "range_not_satisfiable");
    expect(outside.headers.get("content-range")).toBe(`bytes */${size}`);
    expectSimulatorAnswer(await viaPrism(`/v1/video/${id}`, { key: null, headers: { range: "bytes=0-1,5-6" } }), 400, "invalid_parameter");
    expectSimulatorAnswer(await viaPrism("/v1/video/gen_0000000000000_000000", { key: null }), 404, "not_found");
    expectSimulatorAnswer(await viaPrism("/v1/video/..%2F..%2Fetc%2Fpasswd", { key: null }), 400, "invalid_parameter");
  });
});

describe("answers Prism gives itself, checked directly against the response schemas", () => {
  const cases: Array<[string, () => Promise<Answer>, string, string, number, string]> = [
    ["no key", () => call(sim.url, "/v1/user", { key: null }), "/v1/user", "get", 401, "missing_api_key"],
    ["an unknown key", () => call(sim.url, "/v1/user", { key: "lt_nobody" }), "/v1/user", "get", 401, "invalid_api_key"],
    ["a body that is not JSON", () => generate(sim.url, "{\"prompt\": "), "/v1/generate", "post", 400, "invalid_json"],
    ["an unknown route", () => call(sim.url, "/v1/generation"), "/v1/status/{generation_id}", "get", 404, "not_found"],
  ];
  it.each(cases)("%s", async (_, send, path, method, status, code) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(contractErrors(path, method, status, answer.body)).toEqual([]);
    expect(JSON.stringify(answer.body)).not.toContain(DEV_KEY);
  });
});
