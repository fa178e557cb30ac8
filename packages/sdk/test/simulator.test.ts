/**
 * The client against the real simulator process over loopback: the whole job lifecycle, the errors
 * the server names, retries through its fault injection, and the one rule that matters most — a
 * retried create never makes a second generation.
 */
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  BadRequestError,
  ConnectionError,
  GenerationFailedError,
  RateLimitError,
  ValidationError,
  VideoGen,
  validateGenerateRequest,
  type ClientOptions,
  type GenerateRequest,
  type Generation,
} from "../src/index.ts";

const QUOTA_KEY = "lt_sdk_quota_test";
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator(["--speed", "100", "--rate-limit", "0", "--key", `${QUOTA_KEY}:1`, "--no-docs-example"]);
});
afterAll(() => sim?.stop());

/** A client for the simulator that counts the requests it sends, per method and path. */
function client(options: ClientOptions = {}) {
  const sent: string[] = [];
  const vg = new VideoGen({
    apiKey: sim.key,
    baseUrl: sim.url,
    retryDelay: 5,
    ...options,
    hooks: { onRequest: ({ method, url }) => sent.push(`${method} ${new URL(url).pathname}`) },
  });
  return { vg, sent };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

test("generate → wait → download: a real MP4, polled as often as the server asks", async () => {
  const { vg, sent } = client();
  const job = await vg.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
  const seen: Generation[] = [];
  const done = await vg.wait(job, { timeout: 30_000, onProgress: (g) => seen.push(g) });
  expect(done.status).toBe("completed");
  expect(seen.map((g) => g.status)).toContain("in_progress");
  expect(seen.at(-1)!.status).toBe("completed");

  // At speed 100 the job takes about half a second; the server's poll_interval_ms (at least 100 ms)
  // keeps the client from hammering it, and every status change is reported once.
  const polls = sent.filter((s) => s.startsWith("GET /v1/status/")).length;
  expect(polls).toBeGreaterThanOrEqual(seen.length);
  expect(polls).toBeLessThan(20);

  let reported = 0;
  const info = await vg.videoInfo(done);
  const video = await readAll(await vg.download(done, { onProgress: ({ loaded }) => (reported = loaded) }));
  expect(new TextDecoder().decode(video.subarray(4, 8))).toBe("ftyp");
  expect(video.length).toBe(info.size);
  expect(reported).toBe(video.length);
});

test("a failed generation throws GenerationFailedError with the id and the server's reason", async () => {
  const { vg } = client();
  const job = await vg.generate({ model: "kling_25", prompt: "A storm [fail:content_policy]", duration: 5, resolution: "480p" });
  const error = await vg.wait(job, { timeout: 30_000 }).catch((e) => e);
  expect(error).toBeInstanceOf(GenerationFailedError);
  expect(error).toMatchObject({ generationId: job.generation_id, failure: { code: "content_policy" } });
});

test("audio generations report the audio phase under the same id", async () => {
  // A slower simulator of its own: at speed 20 the audio pass of a 2 s clip lasts 700 ms, seven
  // times the shortest poll interval, so a busy machine still sees it.
  const slow = await startSimulator(["--speed", "20", "--rate-limit", "0", "--no-docs-example"]);
  try {
    const vg = new VideoGen({ apiKey: slow.key, baseUrl: slow.url });
    const job = await vg.generate({ model: "wan-25", prompt: "Rain on a roof", duration: 2, resolution: "480p", add_audio: true, audio_prompt: "soft rain" });
    const phases = new Set<string | undefined>();
    const done = await vg.wait(job, { timeout: 30_000, onProgress: (g) => phases.add((g as { phase?: string }).phase) });
    expect(done.generation_id).toBe(job.generation_id);
    expect(phases).toContain("video");
    expect(phases).toContain("audio");
  } finally {
    await slow.stop();
  }
});

test("what the default pre-flight leaves to the server comes back as a 400 naming the field", async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ model: "kling_25", prompt: "x", image_url: "https://example.com/photo.pdf" }, "image_url"],
    [{ model: "kling_25", prompt: "x", seed: 2 ** 40 }, "seed"],
    [{ model: "kling_25", prompt: "x", audio_prompt: "birds" }, "audio_prompt"],
  ];
  for (const [body, param] of cases) {
    const loose = client();
    const error = await loose.vg.generate(body as GenerateRequest).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.param).toBe(param);
    expect(loose.sent).toEqual(["POST /v1/generate"]);

    // validateGenerateRequest checks every rule of the contract before anything is sent.
    const strict = client({ validate: validateGenerateRequest });
    await expect(strict.vg.generate(body as GenerateRequest)).rejects.toMatchObject({ name: ValidationError.kind, param });
    expect(strict.sent).toEqual([]);
  }
});

test("a 400 with several problems: BadRequestError.errors lists them all and the message names each", async () => {
  // Sent without the pre-flight, so the server finds the problems.
  const { vg, sent } = client({ validate: false });
  const request = { model: "veo_3", prompt: "A dog", image_url: "https://example.com/a.jpg", duration: 15, resolution: "4K", aspect_ratio: "2:1" };
  const error = await vg.generate(request as unknown as GenerateRequest).catch((e) => e);
  expect(error).toBeInstanceOf(BadRequestError);
  expect(sent).toEqual(["POST /v1/generate"]);
  expect(error.errors).toEqual([
    { param: "duration", message: "duration 15 is not available for veo_3; it accepts 8." },
    { param: "resolution", message: 'resolution "4K" is not available for veo_3; it accepts 480p, 720p, 1080p.' },
    { param: "aspect_ratio", message: "aspect_ratio is only for text-to-video; with image_url the image sets the frame. Remove aspect_ratio." },
  ]);
  expect(error.param).toBe("duration");
  expect(error.message).toBe(
    '400 invalid_parameter: duration 15 is not available for veo_3; it accepts 8. resolution "4K" is not available for veo_3; it accepts 480p, 720p, 1080p. aspect_ratio is only for text-to-video; with image_url the image sets the frame. Remove aspect_ratio.',
  );
});

test("the pre-flight reports every problem at once and sends nothing", async () => {
  const { vg, sent } = client();
  const request = { model: "veo_3", prompt: "A dog", image_url: "https://example.com/a.jpg", duration: 15, resolution: "4K", aspect_ratio: "2:1" };
  const error = await vg.generate(request as unknown as GenerateRequest).catch((e) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(sent).toEqual([]);
  expect(error.errors.map((e: { param: string }) => e.param)).toEqual(["aspect_ratio", "duration", "resolution"]);
  expect(error.message).toBe(
    'aspect_ratio "2:1" is not allowed; allowed: 16:9, 4:3, 1:1, 9:21; duration 15 is not allowed for veo_3; allowed: 8; resolution "4K" is not allowed for veo_3; allowed: 480p, 720p, 1080p',
  );
  expect(error).toMatchObject({ param: "aspect_ratio", value: "2:1", allowed: "16:9, 4:3, 1:1, 9:21" });
});

test("a create whose answer is lost is retried with the same Idempotency-Key and makes one generation", async () => {
  const before = (await client().vg.user()).usage.current_month_usage;
  // The simulator handles the first POST for real, then drops the answer: the client sees a 503.
  const { vg, sent } = client({ headers: { "X-Simulator-Fault": "status=503; after; times=1; id=sdk-idempotency" } });
  const job = await vg.generate({ model: "kling_25", prompt: "Exactly once", duration: 5, resolution: "480p" });
  expect(sent).toEqual(["POST /v1/generate", "POST /v1/generate"]);
  const after = (await client().vg.user()).usage.current_month_usage;
  expect(after - before).toBe(1);
  expect((await client().vg.status(job.generation_id)).generation_id).toBe(job.generation_id);
});

test("GETs are retried through 503s, a rate limit and a dropped connection", async () => {
  for (const [fault, requests] of [
    ["status=503; times=2; id=sdk-get-503", 3],
    ["status=429; retry-after=0; times=1; id=sdk-get-429", 2],
    ["drop; times=1; id=sdk-get-drop", 2],
  ] as const) {
    const { vg, sent } = client({ headers: { "X-Simulator-Fault": fault } });
    await expect(vg.user()).resolves.toMatchObject({ success: true });
    expect(sent).toHaveLength(requests);
  }
  const { vg, sent } = client({ maxRetries: 1, headers: { "X-Simulator-Fault": "drop; id=sdk-get-drop-always" } });
  await expect(vg.user()).rejects.toBeInstanceOf(ConnectionError);
  expect(sent).toHaveLength(2);
});

test("the monthly quota is a RateLimitError that is never retried", async () => {
  const { vg, sent } = client({ apiKey: QUOTA_KEY });
  await vg.generate({ model: "kling_25", prompt: "The only one this month", duration: 5, resolution: "480p" });
  const error = await vg.generate({ model: "kling_25", prompt: "One too many", duration: 5, resolution: "480p" }).catch((e) => e);
  expect(error).toBeInstanceOf(RateLimitError);
  expect(error.isQuotaExceeded).toBe(true);
  expect(sent).toHaveLength(2);
});

test("list: for await walks every page", async () => {
  const { vg } = client({ apiKey: QUOTA_KEY });
  const { vg: dev } = client();
  const created = new Set<string>();
  for (let i = 0; i < 3; i++) created.add((await dev.generate({ model: "kling_25", prompt: `Page item ${i}`, duration: 5, resolution: "480p" })).generation_id);
  const first = await dev.list({ limit: 2 });
  expect(first.generations).toHaveLength(2);
  expect(first.pagination.has_more).toBe(true);
  const all: string[] = [];
  for await (const g of dev.list({ limit: 2 })) all.push(g.generation_id);
  expect(new Set(all).size).toBe(all.length);
  for (const id of created) expect(all).toContain(id);
  // Another key sees none of them.
  for await (const g of vg.list()) expect(created.has(g.generation_id)).toBe(false);
});
