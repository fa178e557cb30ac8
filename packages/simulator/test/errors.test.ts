/**
 * Every problem in one answer, messages that say what is accepted, the `/api` prefix, `GET /`, the
 * rate-limit fields and the quota's reset time — over HTTP against a spawned simulator, asserting
 * the exact bodies and headers a user sees.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractErrors } from "./helpers/contract.ts";
import { call, generate, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

const RATE_KEY = "lt_errors_rate_three";
const QUOTA_KEY = "lt_errors_quota_zero";
let sim: SimulatorProcess;

beforeAll(async () => {
  const keys = [
    { key: RATE_KEY, monthly_limit: 100, rate_limit: { requests: 3, window_seconds: 60 } },
    { key: QUOTA_KEY, monthly_limit: 0 },
  ];
  sim = await startSimulator([], { VIDEOGEN_SIM_KEYS: JSON.stringify(keys) });
});
afterAll(() => sim?.stop());

/** The error object of a 400, after checking the whole body against the contract. */
function errorOf(answer: { status: number; body: any }, path: string, method = "post") {
  expect(answer.status).toBe(400);
  expect(contractErrors(path, method, 400, answer.body)).toEqual([]);
  return answer.body.error;
}

describe("400: every problem of the request", () => {
  it("the docs' veo_3 example with 15 s, 4K and a 2:1 frame names all three, the first one also on top", async () => {
    const answer = await generate(sim.url, {
      model: "veo_3",
      prompt: "A dog running on a beach",
      image_url: "https://example.com/images/my-dog.jpg",
      duration: 15,
      resolution: "4K",
      aspect_ratio: "2:1",
    });
    expect(errorOf(answer, "/v1/generate")).toEqual({
      code: "invalid_parameter",
      param: "duration",
      message: "duration 15 is not available for veo_3; it accepts 8.",
      errors: [
        { param: "duration", message: "duration 15 is not available for veo_3; it accepts 8." },
        { param: "resolution", message: 'resolution "4K" is not available for veo_3; it accepts 480p, 720p, 1080p.' },
        { param: "aspect_ratio", message: "aspect_ratio is only for text-to-video; with image_url the image sets the frame. Remove aspect_ratio." },
      ],
    });
  });

  it("unknown, missing, bad values and combinations, in that order, one entry per parameter", async () => {
    const answer = await generate(sim.url, { model: "kling_25", image_url: "ftp://x", colour: "red", seed: -5, audio_prompt: "birds" });
    const error = errorOf(answer, "/v1/generate");
    expect(error.code).toBe("unknown_parameter");
    expect(error.errors.map((e: { param: string }) => e.param)).toEqual(["colour", "prompt", "image_url", "seed", "audio_prompt"]);
    expect(error.errors).toEqual([
      {
        param: "colour",
        message: '"colour" is not a parameter of this operation. kling_25 accepts: model, prompt, image_url, duration, resolution, seed, camera_fixed, add_audio, audio_prompt.',
      },
      { param: "prompt", message: "prompt is required." },
      {
        param: "image_url",
        message:
          'image_url "ftp://x" is not valid. Public http(s) URL of the source image. Its path must end in .jpg, .jpeg, .png, .gif or .webp (any letter case); a query string or fragment may follow. Example: https://example.com/images/my-dog.jpg.',
      },
      { param: "seed", message: "seed -5 is out of range; use an integer from -1 to 4294967295." },
      { param: "audio_prompt", message: "audio_prompt is only accepted together with add_audio: true. Remove audio_prompt or add what it needs." },
    ]);
    expect(error).toMatchObject({ param: error.errors[0].param, message: error.errors[0].message });
  });

  it("a single problem still comes as a list of one", async () => {
    const error = errorOf(await generate(sim.url, { model: "kling_2_1", prompt: "x" }), "/v1/generate");
    expect(error.errors).toEqual([{ param: "model", message: error.message }]);
    expect(error.message).toBe(
      'model "kling_2_1" is not a model. Use one of: sora-2, higgsfield_v1, kling_25, veo_3, nanobanana-video, pixverse, ltxv-13b, veo-31, seedance, wan-25.',
    );
  });

  it("limit=abc says an integer from 1 to 100; page=0 and limit=abc are both reported", async () => {
    const one = errorOf(await call(sim.url, "/v1/generations?limit=abc"), "/v1/generations", "get");
    expect(one).toEqual({
      code: "invalid_parameter",
      param: "limit",
      message: 'limit "abc" is not an integer; use an integer from 1 to 100.',
      errors: [{ param: "limit", message: 'limit "abc" is not an integer; use an integer from 1 to 100.' }],
    });
    const two = errorOf(await call(sim.url, "/v1/generations?limit=500&page=0"), "/v1/generations", "get");
    expect(two.errors).toEqual([
      { param: "page", message: "page 0 is out of range; use an integer from 1 to 100000." },
      { param: "limit", message: "limit 500 is out of range; use an integer from 1 to 100." },
    ]);
  });

  it("a malformed generation id gets the expected format and an example, not the schema's prose", async () => {
    const message = 'generation_id "not-an-id" is not valid. Expected format: ^gen_[0-9a-f]{13}_[0-9]{6}$. Example: gen_686717fe97bd3_055867.';
    for (const path of ["/v1/status/not-an-id", "/v1/video/not-an-id"]) {
      const error = errorOf(await call(sim.url, path), path.replace("not-an-id", "{generation_id}"), "get");
      expect(error).toEqual({ code: "invalid_parameter", param: "generation_id", message, errors: [{ param: "generation_id", message }] });
    }
  });
});

describe("paths outside the contract", () => {
  it("/api/v1/... is a 404 with the documented body that points at /v1", async () => {
    const answer = await call(sim.url, "/api/v1/generate", { method: "POST", body: "{}" });
    expect(answer.status).toBe(404);
    // The one error body (no operation documents an unknown path's 404; the status one has the same schema).
    expect(contractErrors("/v1/status/{generation_id}", "get", 404, answer.body)).toEqual([]);
    expect(answer.body.error).toEqual({
      code: "not_found",
      message:
        "POST /api/v1/generate is not an endpoint of this API. Did you mean /v1/generate? Paths start at /v1; the public docs' /api prefix belongs to the production server URL (https://videogenapi.com/api) and is not used here.",
    });
    const other = await call(sim.url, "/api/v2/whatever");
    expect(other.body.error.message).toBe("GET /api/v2/whatever is not an endpoint of this API.");
  });

  it("GET / redirects to the dashboard, or to the docs when the server serves them", async () => {
    const root = await fetch(`${sim.url}/`, { redirect: "manual" });
    expect([root.status, root.headers.get("location")]).toEqual([302, "/dashboard"]);
    const docsDir = mkdtempSync(join(tmpdir(), "videogen-docs-"));
    writeFileSync(join(docsDir, "index.html"), "<!doctype html><title>docs</title>");
    const withDocs = await startSimulator(["--docs-dir", docsDir]);
    try {
      const answer = await fetch(`${withDocs.url}/`, { redirect: "manual" });
      expect([answer.status, answer.headers.get("location")]).toEqual([302, "/docs/"]);
      expect(await (await fetch(`${withDocs.url}/`)).text()).toContain("<title>docs</title>");
    } finally {
      await withDocs.stop();
    }
  });
});

describe("rate limit and quota", () => {
  it("RateLimit and RateLimit-Policy (draft-ietf-httpapi-ratelimit-headers-10) count down; the 429 adds Retry-After", async () => {
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const answer = await call(sim.url, "/v1/user", { key: RATE_KEY });
      seen.push([answer.status, answer.headers.get("ratelimit-policy"), answer.headers.get("ratelimit")?.replace(/t=\d+$/, "t=…")]);
      if (answer.status === 429) {
        expect(answer.body.error.code).toBe("rate_limited");
        expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
        expect(answer.headers.get("ratelimit")).toBe(`"requests";r=0;t=${answer.headers.get("retry-after")}`);
      }
    }
    expect(seen).toEqual([
      [200, '"requests";q=3;w=60', '"requests";r=2;t=…'],
      [200, '"requests";q=3;w=60', '"requests";r=1;t=…'],
      [200, '"requests";q=3;w=60', '"requests";r=0;t=…'],
      [429, '"requests";q=3;w=60', '"requests";r=0;t=…'],
    ]);
    const exposed = (await call(sim.url, "/v1/user")).headers.get("access-control-expose-headers");
    expect(exposed).toContain("RateLimit,RateLimit-Policy");
  });

  it("429 quota_exceeded says when usage resets (RFC 3339, the first instant of next month UTC), without Retry-After", async () => {
    const now = new Date();
    const answer = await generate(sim.url, { prompt: "x" }, {}, QUOTA_KEY);
    const reset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().replace(".000Z", "Z");
    expect(answer.status).toBe(429);
    expect(contractErrors("/v1/generate", "post", 429, answer.body)).toEqual([]);
    expect(answer.body.error).toEqual({ code: "quota_exceeded", message: `The monthly limit of 0 generations is used up; it resets at ${reset}.` });
    expect(answer.headers.get("retry-after")).toBeNull();
    const user = await call(sim.url, "/v1/user", { key: QUOTA_KEY });
    expect(user.body.usage.resets_at).toBe(reset);
  });
});
