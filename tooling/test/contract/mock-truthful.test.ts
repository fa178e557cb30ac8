/**
 * What `npm run mock` (Prism on the bundled spec) tells a client must be true for any request: a 400
 * names no cause it did not check, and a completed generation's `video_url` stays on this machine.
 * The README's "mock vs simulator" table states these limits; these tests keep it honest.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpecJson } from "../../src/paths.ts";
import { startPrism, type RunningPrism } from "../../src/prism.ts";
import { loadContract } from "../../src/spec-validator.ts";
import { seedGenerationId, seedTextToVideo } from "../../src/seed-examples.ts";
import { bearer, postJson, send } from "./http.ts";

const contract = loadContract();
const spec = JSON.parse(readFileSync(bundledSpecJson, "utf8"));
const generic = spec.components.examples.ErrorInvalidRequest.value;
let prism: RunningPrism;

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(() => prism?.stop());

const { prompt: _prompt, ...withoutPrompt } = seedTextToVideo;
const invalidBodies: Array<[string, Record<string, unknown>]> = [
  ["duration outside the model's range", { model: "veo_3", prompt: "p", duration: 15 }],
  ["unknown field", { ...seedTextToVideo, aspectRatio: "16:9" }],
  ["missing prompt", withoutPrompt],
];

describe("a 400 from the mock claims no specific cause", () => {
  it.each(invalidBodies)("POST /v1/generate with %s", async (_name, body) => {
    const answer = await postJson(prism.url, body);
    expect(answer.status).toBe(400);
    expect(answer.violations.length).toBeGreaterThan(0);
    expect(contract.responseErrors("/v1/generate", "post", 400, answer.body)).toEqual([]);
    // The answer is the generic example: no `param`, and no field of the request named as the culprit.
    expect(answer.body.error).toEqual(generic.error);
    expect(answer.body.error.param).toBeUndefined();
    for (const field of ["prompt", "duration", "aspectRatio", "model"]) expect(answer.body.error.message).not.toContain(field);
  });

  it("GET /v1/generations with a limit out of range", async () => {
    const answer = await send(prism.url, "/v1/generations?limit=0", { headers: bearer });
    expect(answer.status).toBe(400);
    expect(answer.violations.map((v) => v.location.join("."))).toContain("request.query.limit");
    expect(contract.responseErrors("/v1/generations", "get", 400, answer.body)).toEqual([]);
    expect(answer.body.error).toEqual(generic.error);
  });
});

describe("video_url in mocked answers stays on this machine", () => {
  const isLocalVideoUrl = (url: string, id: string) => {
    const parsed = new URL(url);
    return parsed.hostname === "127.0.0.1" && parsed.pathname === `/v1/video/${id}`;
  };

  it("GET /v1/status of a completed generation", async () => {
    const answer = await send(prism.url, `/v1/status/${seedGenerationId}`, { headers: bearer });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe("completed");
    expect(isLocalVideoUrl(answer.body.video_url, answer.body.generation_id)).toBe(true);
  });

  it("GET /v1/generations lists completed generations with local video_urls", async () => {
    const answer = await send(prism.url, "/v1/generations", { headers: bearer });
    expect(answer.status).toBe(200);
    const completed = answer.body.generations.filter((g: any) => g.status === "completed");
    expect(completed.length).toBeGreaterThan(0);
    for (const g of completed) expect(isLocalVideoUrl(g.video_url, g.generation_id), g.video_url).toBe(true);
  });

  it("the video path the URL names is served by the mock (a placeholder body, not an MP4: see the README)", async () => {
    const response = await fetch(`${prism.url}/v1/video/${seedGenerationId}`, { headers: bearer });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/mp4");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // An MP4 starts with an `ftyp` box at offset 4; Prism's answer does not (the limit the README states).
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).not.toBe("ftyp");
  });
});
