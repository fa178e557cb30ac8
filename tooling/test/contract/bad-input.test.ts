/**
 * Bad input against Prism serving the bundled spec: every request the contract forbids must be
 * rejected with the documented status and error body, and Prism's violations must point at the
 * offending field — which proves the spec itself states the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrism, type RunningPrism } from "../../src/prism.ts";
import { loadContract } from "../../src/spec-validator.ts";
import { bearer, postJson, send } from "./http.ts";
import { seedTextToVideo } from "../../src/seed-examples.ts";

const contract = loadContract();
let prism: RunningPrism;

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(() => prism?.stop());

const { prompt: _prompt, ...withoutPrompt } = seedTextToVideo;
const image = "https://example.com/images/my-dog.jpg";

const rejected: Array<[string, Record<string, unknown>, string]> = [
  ["missing prompt", withoutPrompt, "prompt"],
  ["1001-character prompt", { ...seedTextToVideo, prompt: "x".repeat(1001) }, "prompt"],
  ["empty prompt", { ...seedTextToVideo, prompt: "" }, "prompt"],
  ["unknown model (the seed's PHP key kling_2_1)", { ...seedTextToVideo, model: "kling_2_1" }, "model"],
  ["unknown model (the seed's JS key higgsfield)", { ...seedTextToVideo, model: "higgsfield" }, "model"],
  ["duration outside the model's range (veo_3, 15 s)", { model: "veo_3", prompt: "p", duration: 15 }, "duration"],
  ["default model sora-2 with the generic default 5 s", { prompt: "p", duration: 5 }, "duration"],
  ["resolution above the model's maximum (ltxv-13b, 720p)", { model: "ltxv-13b", prompt: "p", resolution: "720p" }, "resolution"],
  ["4K, which no model offers", { model: "kling_25", prompt: "p", resolution: "4K" }, "resolution"],
  ["aspect_ratio with image_url", { model: "kling_25", prompt: "p", image_url: image, aspect_ratio: "16:9" }, "aspect_ratio"],
  ["image_url for a text-only model", { model: "higgsfield_v1", prompt: "p", image_url: image }, "image_url"],
  // Every model branch fails on this one, so Prism truncates its list; the branch test below names the field.
  ["image_url with an unsupported format", { model: "kling_25", prompt: "p", image_url: "https://example.com/a.bmp" }, ""],
  ["aspect ratio not offered", { ...seedTextToVideo, aspect_ratio: "21:9" }, "aspect_ratio"],
  ["audio_prompt without add_audio", { ...seedTextToVideo, audio_prompt: "birds" }, "add_audio"],
  ["seed below -1", { ...seedTextToVideo, seed: -2 }, "seed"],
  ["duration as a string", { ...seedTextToVideo, duration: "10" }, "duration"],
  ["unknown field", { ...seedTextToVideo, aspectRatio: "16:9" }, "aspectRatio"],
];

describe("POST /v1/generate rejects what the contract forbids", () => {
  it.each(rejected)("%s → 400", async (_name, body, field) => {
    const answer = await postJson(prism.url, body);
    expect(answer.status).toBe(400);
    expect(contract.responseErrors("/v1/generate", "post", 400, answer.body)).toEqual([]);
    expect(answer.violations.length).toBeGreaterThan(0);
    // The field appears either as a violation's location or, for `required`, in its message.
    if (field) expect(answer.violations.map((v) => [...v.location, v.message].join(" ")).join("\n")).toContain(field);
  });

  it("every rejected body also fails the request schema itself", () => {
    for (const [name, body] of rejected) {
      expect(contract.schemaErrors("GenerateRequest", body), name).not.toEqual([]);
    }
    expect(contract.schemaErrors("GenerateRequest", seedTextToVideo)).toEqual([]);
  });
});

describe("a standard JSON Schema validator names the field within the model's own branch", () => {
  it.each([
    ["Veo3Request", { model: "veo_3", prompt: "p", duration: 15 }, "/duration"],
    ["Veo3Request", { model: "veo_3", prompt: "p", resolution: "4K" }, "/resolution"],
    ["Kling25Request", { model: "kling_25", prompt: "p", image_url: "https://example.com/a.bmp" }, "/image_url"],
    ["Kling25Request", { model: "kling_25", prompt: "x".repeat(1001) }, "/prompt"],
    ["Kling25Request", { model: "kling_25", prompt: "p", image_url: image, aspect_ratio: "1:1" }, "/aspect_ratio"],
    ["Ltxv13bRequest", { model: "ltxv-13b", prompt: "p", duration: 61 }, "/duration"],
    ["Sora2Request", { prompt: "p", audio_prompt: "birds" }, "/add_audio"],
  ])("%s rejects %j at %s", (branch, body, path) => {
    const errors = contract.schemaErrors(branch, body);
    const fields = errors.map((e) => (e.keyword === "required" ? `/${e.params.missingProperty}` : e.instancePath));
    expect(fields).toContain(path);
  });

  it("higgsfield_v1 (text-only) rejects image_url, a field its shape does not accept", () => {
    const errors = contract.schemaErrors("HiggsfieldV1Request", { model: "higgsfield_v1", prompt: "p", image_url: image });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: "false schema", instancePath: "/image_url" }));
  });
});

describe("authentication", () => {
  it("no Authorization header → 401 with the error body", async () => {
    const answer = await postJson(prism.url, seedTextToVideo, {});
    expect(answer.status).toBe(401);
    expect(contract.responseErrors("/v1/generate", "post", 401, answer.body)).toEqual([]);
  });

  it.each(["Basic bHRfa2V5Og==", "lt_key_without_scheme", "Token lt_key"])(
    "malformed Authorization %j → 401",
    async (authorization) => {
      const answer = await send(prism.url, "/v1/user", { headers: { authorization } });
      expect(answer.status).toBe(401);
      expect(contract.responseErrors("/v1/user", "get", 401, answer.body)).toEqual([]);
    },
  );
});

describe("query and path parameters", () => {
  it.each([
    ["limit above 100", "/v1/generations?limit=101", "limit"],
    ["limit 0", "/v1/generations?limit=0", "limit"],
    ["page 0", "/v1/generations?page=0", "page"],
    ["malformed generation id", "/v1/status/..%2F..%2Fetc%2Fpasswd", "generation_id"],
  ])("%s → 400", async (_name, path, parameter) => {
    const answer = await send(prism.url, path, { headers: bearer });
    expect(answer.status).toBe(400);
    expect(answer.violations.map((v) => v.location.at(-1))).toContain(parameter);
  });
});
