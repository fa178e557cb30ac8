/**
 * Contract tests against Prism serving the bundled spec over loopback: every request the SDK sends
 * must pass Prism's validation, and every example answer must parse into the typed results.
 */
import { startPrism, type RunningPrism } from "@videogenapi/tooling/prism";
import { afterAll, beforeAll, expect, test } from "vitest";
import { AuthenticationError, BadRequestError, NotFoundError, RateLimitError, VideoGen, type ClientOptions, type Generation } from "../src/index.ts";
import { GEN_ID } from "./helpers/fixtures.ts";

let prism: RunningPrism;
beforeAll(async () => {
  prism = await startPrism();
});
afterAll(() => prism?.stop());

/** A client whose every request carries Prism's `Prefer` header, and that records what Prism thought of it. */
function client(prefer?: string, options: ClientOptions = {}) {
  const violations: string[] = [];
  const vg = new VideoGen({
    apiKey: "lt_dev_videogen_local",
    baseUrl: prism.url,
    retryDelay: 5,
    headers: prefer ? { Prefer: prefer } : {},
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      const violation = response.headers.get("sl-violations");
      if (violation) violations.push(violation);
      return response;
    },
    ...options,
  });
  return { vg, violations };
}

test("generate: text-to-video, image-to-video and audio requests pass the contract", async () => {
  const { vg, violations } = client();
  const t2v = await vg.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 10, resolution: "1080p", aspect_ratio: "16:9", seed: 42 });
  expect(t2v).toMatchObject({ success: true, status: "pending" });
  expect(t2v.status_url).toMatch(/^\/v1\/status\//);
  await vg.generate({ model: "veo_3", prompt: "The dog runs", image_url: "https://example.com/images/my-dog.jpg", duration: 8 });
  await vg.generate({ model: "wan-25", prompt: "Rain", add_audio: true, audio_prompt: "soft rain" });
  await vg.generate({ prompt: "Only a prompt" });
  expect(violations).toEqual([]);
});

test("status narrows on each documented example", async () => {
  for (const [example, status] of [["Completed", "completed"], ["Pending", "pending"], ["InProgress", "in_progress"], ["Failed", "failed"]] as const) {
    const { vg, violations } = client(`example=${example}`);
    const g = await vg.status(GEN_ID);
    expect(g.status).toBe(status);
    if (g.status === "completed") expect(g.video_url).toMatch(/^https?:\/\//);
    if (g.status === "failed") expect(g.error.code).toBeTruthy();
    if (g.status === "in_progress") expect(g.poll_interval_ms).toBeGreaterThanOrEqual(100);
    expect(violations).toEqual([]);
  }
});

test("wait() resolves on the Completed example; fails on the Failed one", async () => {
  await expect(client("example=Completed").vg.wait(GEN_ID, { timeout: 10_000 })).resolves.toMatchObject({ status: "completed" });
  await expect(client("example=Failed").vg.wait(GEN_ID, { timeout: 10_000 })).rejects.toMatchObject({ name: "GenerationFailedError", generationId: expect.any(String) });
});

test("list: one page with await, every item with for await", async () => {
  const { vg, violations } = client("example=FirstPage");
  const page = await vg.list({ limit: 10 });
  expect(page.pagination).toMatchObject({ page: 1, has_more: false });
  const all: Generation[] = [];
  for await (const g of vg.list()) all.push(g);
  expect(all.map((g) => g.generation_id)).toEqual(page.generations.map((g) => g.generation_id));
  expect(violations).toEqual([]);
});

test("user and usage", async () => {
  const { vg, violations } = client();
  const me = await vg.user();
  expect(me.usage.remaining).toBeGreaterThanOrEqual(0);
  expect(me.plan.key).toBeTruthy();
  expect(violations).toEqual([]);
});

test("documented errors become their classes with the typed body", async () => {
  const notFound = await client("code=404").vg.status(GEN_ID).catch((e) => e);
  expect(notFound).toBeInstanceOf(NotFoundError);
  expect(notFound).toMatchObject({ status: 404, generationId: GEN_ID, requestId: expect.any(String) });

  const unauthorized = await client("code=401").vg.user().catch((e) => e);
  expect(unauthorized).toBeInstanceOf(AuthenticationError);

  const badRequest = await client("code=400, example=DurationOutOfRange").vg.generate({ model: "kling_25", prompt: "x" }).catch((e) => e);
  expect(badRequest).toBeInstanceOf(BadRequestError);
  expect(badRequest.param).toBe("duration");
});

test("a quota 429 from the contract's example is not retried", async () => {
  let requests = 0;
  const { vg } = client("code=429, example=QuotaExceeded", { hooks: { onRequest: () => requests++ } });
  const error = await vg.user().catch((e) => e);
  expect(error).toBeInstanceOf(RateLimitError);
  expect(error.isQuotaExceeded).toBe(true);
  expect(requests).toBe(1);
});

test("HEAD and GET of the video are public and follow the contract", async () => {
  let authorization: string | null = "unset";
  const { vg, violations } = client(undefined, {
    fetch: async (url, init) => {
      authorization = init.headers.get("authorization");
      const response = await fetch(url, init);
      if (response.headers.get("sl-violations")) violations.push(response.headers.get("sl-violations")!);
      return response;
    },
  });
  const info = await vg.videoInfo(GEN_ID);
  expect(info).toHaveProperty("etag");
  const stream = await vg.download(GEN_ID);
  await new Response(stream).arrayBuffer();
  expect(authorization).toBeNull();
  expect(violations).toEqual([]);
});

test("negative control: Prism does flag a request the contract forbids", async () => {
  const { vg, violations } = client(undefined, { validate: false, maxRetries: 0 });
  const bad = { model: "veo_3", prompt: "x", duration: 15 } as never;
  const outcome = await vg.generate(bad).then(
    () => "accepted",
    (e) => e.status,
  );
  expect(outcome === 422 || outcome === 400 || violations.length > 0).toBe(true);
});
