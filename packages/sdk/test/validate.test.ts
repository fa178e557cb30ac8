/** Pre-flight validation: every limit comes from the generated catalog, and a bad request never leaves. */
import { afterEach, describe, expect, test } from "vitest";
import { LIMITS, MODEL_KEYS, MODELS, ValidationError, VideoGen, validateGenerateRequest, type GenerateRequest } from "../src/index.ts";
import { accepted, API_KEY } from "./helpers/fixtures.ts";
import { json, startServer, type TestServer } from "./helpers/server.ts";

const check = (request: Record<string, unknown>) => () => validateGenerateRequest(request as GenerateRequest);
const IMAGE = "https://example.com/images/my-dog.jpg";

describe.each(MODEL_KEYS)("model %s", (key) => {
  const model = MODELS[key];
  const prompt = "A cat";

  test("accepts its own limits and defaults", () => {
    expect(check({ model: key, prompt, duration: model.durations.min, resolution: model.resolutions.at(-1) })).not.toThrow();
    expect(check({ model: key, prompt, duration: model.durations.max })).not.toThrow();
  });

  test("rejects a duration outside its range, naming field, value and what is allowed", () => {
    const error = (() => {
      try {
        check({ model: key, prompt, duration: model.durations.max + 1 })();
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ param: "duration", value: model.durations.max + 1 });
    expect(error!.allowed).toContain(String(model.durations.max));
    expect(error!.message).toContain(key);
  });

  test("rejects resolutions it does not offer", () => {
    for (const resolution of LIMITS.resolutions.filter((r) => !(model.resolutions as readonly string[]).includes(r))) {
      expect(check({ model: key, prompt, resolution })).toThrow(expect.objectContaining({ param: "resolution", allowed: model.resolutions.join(", ") }));
    }
    expect(check({ model: key, prompt, resolution: "4K" })).toThrow(ValidationError);
  });

  test("image-to-video only where the model offers it", () => {
    const run = check({ model: key, prompt, image_url: IMAGE });
    if ((model.modes as readonly string[]).includes("image-to-video")) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ param: "image_url" }));
  });
});

test("omitting model validates against the default model", () => {
  expect(check({ prompt: "x" })).not.toThrow();
  expect(check({ prompt: "x", duration: 5 })).toThrow(expect.objectContaining({ param: "duration", message: expect.stringContaining("sora-2") }));
});

test("unknown model lists the known ones", () => {
  expect(check({ model: "kling_2_1", prompt: "x" })).toThrow(expect.objectContaining({ param: "model", allowed: MODEL_KEYS.join(", ") }));
});

test("prompt length counts Unicode code points, as JSON Schema does", () => {
  const max = LIMITS.promptMaxLength;
  // Each 🎬 is one code point but two UTF-16 units: a string.length check would reject this.
  expect(check({ model: "kling_25", prompt: "🎬".repeat(max) })).not.toThrow();
  expect(check({ model: "kling_25", prompt: "🎬".repeat(max + 1) })).toThrow(expect.objectContaining({ param: "prompt" }));
  expect(check({ model: "kling_25", prompt: "" })).toThrow(expect.objectContaining({ param: "prompt" }));
  expect(check({ model: "kling_25" })).toThrow(expect.objectContaining({ param: "prompt" }));
});

test("aspect_ratio: listed values in text mode, none with an image", () => {
  for (const aspect_ratio of LIMITS.aspectRatios) expect(check({ model: "kling_25", prompt: "x", aspect_ratio })).not.toThrow();
  expect(check({ model: "kling_25", prompt: "x", aspect_ratio: "21:9" })).toThrow(expect.objectContaining({ param: "aspect_ratio" }));
  expect(check({ model: "kling_25", prompt: "x", image_url: IMAGE, aspect_ratio: "16:9" })).toThrow(expect.objectContaining({ param: "aspect_ratio" }));
});

test("image_url must be an http(s) image URL within the length limit", () => {
  expect(check({ model: "kling_25", prompt: "x", image_url: "ftp://example.com/a.jpg" })).toThrow(expect.objectContaining({ param: "image_url" }));
  expect(check({ model: "kling_25", prompt: "x", image_url: "https://example.com/a.pdf" })).toThrow(expect.objectContaining({ param: "image_url" }));
  const long = `https://example.com/${"a".repeat(LIMITS.imageUrlMaxLength)}.png`;
  expect(check({ model: "kling_25", prompt: "x", image_url: long })).toThrow(expect.objectContaining({ param: "image_url" }));
  expect(check({ model: "kling_25", prompt: "x", image_url: "https://example.com/a.PNG?size=2" })).not.toThrow();
});

test("seed range and audio_prompt needing add_audio", () => {
  expect(check({ model: "kling_25", prompt: "x", seed: LIMITS.seedMax })).not.toThrow();
  expect(check({ model: "kling_25", prompt: "x", seed: LIMITS.seedMax + 1 })).toThrow(expect.objectContaining({ param: "seed" }));
  expect(check({ model: "kling_25", prompt: "x", seed: 1.5 })).toThrow(expect.objectContaining({ param: "seed" }));
  expect(check({ model: "kling_25", prompt: "x", audio_prompt: "birds" })).toThrow(expect.objectContaining({ param: "audio_prompt" }));
  expect(check({ model: "kling_25", prompt: "x", add_audio: true, audio_prompt: "birds" })).not.toThrow();
});

describe("in the client", () => {
  let server: TestServer;
  afterEach(() => server?.close());

  test("an invalid request spends no round trip; validate: false sends it anyway", async () => {
    server = await startServer((_req, res) => json(res, 200, accepted()));
    const bad = { model: "veo_3", prompt: "A dog", duration: 15 } as unknown as GenerateRequest;
    await expect(new VideoGen({ apiKey: API_KEY, baseUrl: server.url }).generate(bad)).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
    await new VideoGen({ apiKey: API_KEY, baseUrl: server.url, validate: false }).generate(bad);
    expect(server.requests).toHaveLength(1);
  });

  test("the default pre-flight leaves the image_url pattern, seed and audio_prompt to the server; validate takes a function", async () => {
    server = await startServer((_req, res) => json(res, 200, accepted()));
    const pdf = { model: "kling_25", prompt: "A dog", image_url: "https://example.com/a.pdf" } as GenerateRequest;
    await new VideoGen({ apiKey: API_KEY, baseUrl: server.url }).generate(pdf);
    expect(server.requests).toHaveLength(1);
    await expect(new VideoGen({ apiKey: API_KEY, baseUrl: server.url, validate: validateGenerateRequest }).generate(pdf)).rejects.toMatchObject({
      param: "image_url",
    });
    const seen: GenerateRequest[] = [];
    await new VideoGen({ apiKey: API_KEY, baseUrl: server.url, validate: (request) => void seen.push(request) }).generate(pdf);
    expect(seen).toEqual([pdf]);
    expect(server.requests).toHaveLength(2);
  });
});

test("every problem at once: one ValidationError lists each field, one entry per field", () => {
  const request = { model: "kling_25", prompt: "", image_url: "ftp://x", aspect_ratio: "2:1", seed: -5, audio_prompt: "birds" };
  let error: ValidationError | undefined;
  try {
    validateGenerateRequest(request as unknown as GenerateRequest);
  } catch (e) {
    error = e as ValidationError;
  }
  expect(error).toBeInstanceOf(ValidationError);
  expect(error!.errors.map((e) => e.param)).toEqual(["prompt", "aspect_ratio", "image_url", "seed", "audio_prompt"]);
  expect(error!.message).toBe(error!.errors.map((e) => e.message).join("; "));
  expect(error).toMatchObject({ param: "prompt", value: "", allowed: "length 1 to 1000" });
  // An unknown model: its own limits (duration here) cannot be checked, the others still are.
  expect(check({ model: "kling_2_1", prompt: "", duration: 99 })).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ param: "prompt" }), expect.objectContaining({ param: "model" })] }));
});
