/**
 * Each cURL example of the seed docs, sent to Prism serving the bundled spec: the request must pass
 * Prism's validation (or be rejected where DECISIONS.md says so), and the answer must conform to
 * the documented response schema.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrism, type RunningPrism } from "../../src/prism.ts";
import { loadContract } from "../../src/spec-validator.ts";
import { bearer, postJson, send, violatedFields } from "./http.ts";
import { seedGenerationId, seedImageToVideo, seedTextToVideo, seedTextToVideoWithAudio } from "../../src/seed-examples.ts";

const contract = loadContract();
let prism: RunningPrism;

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(() => prism?.stop());

describe("seed cURL examples against the contract mock", () => {
  it("text-to-video is accepted with a pending generation", async () => {
    const answer = await postJson(prism.url, seedTextToVideo);
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(200);
    expect(contract.responseErrors("/v1/generate", "post", 200, answer.body)).toEqual([]);
    expect(answer.body).toMatchObject({ success: true, status: "pending", type: "text-to-video" });
    expect(answer.body.status_url).toBe(`/v1/status/${answer.body.generation_id}`);
  });

  it("text-to-video with audio is accepted", async () => {
    const answer = await postJson(prism.url, seedTextToVideoWithAudio);
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(200);
    expect(contract.responseErrors("/v1/generate", "post", 200, answer.body)).toEqual([]);
  });

  it("image-to-video as printed (veo_3, 15 s, 4K) is rejected on duration and resolution", async () => {
    const answer = await postJson(prism.url, seedImageToVideo);
    expect(answer.status).toBe(400);
    expect(contract.responseErrors("/v1/generate", "post", 400, answer.body)).toEqual([]);
    expect(violatedFields(answer)).toEqual(expect.arrayContaining(["duration", "resolution"]));
  });

  it("image-to-video corrected to Veo 3 Fast's limits (8 s, 1080p) is accepted", async () => {
    const answer = await postJson(prism.url, { ...seedImageToVideo, duration: 8, resolution: "1080p" });
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(200);
  });

  it("status of the seed's generation is a completed generation with a video_url", async () => {
    const answer = await send(prism.url, `/v1/status/${seedGenerationId}`, { headers: bearer });
    expect(answer.status).toBe(200);
    expect(contract.responseErrors("/v1/status/{generation_id}", "get", 200, answer.body)).toEqual([]);
    expect(answer.body).toMatchObject({ status: "completed", generation_id: seedGenerationId });
    // The example carries the local mock's origin, so a client of `npm run mock` downloads from this machine.
    expect(answer.body.video_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/video\/gen_/);
  });

  it.each(["Pending", "InQueue", "InProgress", "InProgressAudio", "Completed", "Failed"])(
    "status example %s conforms to the status schema",
    async (example) => {
      const answer = await send(prism.url, `/v1/status/${seedGenerationId}`, {
        headers: { ...bearer, prefer: `example=${example}` },
      });
      expect(answer.status).toBe(200);
      expect(contract.responseErrors("/v1/status/{generation_id}", "get", 200, answer.body)).toEqual([]);
    },
  );

  it("generations?page=1&limit=10 answers one page", async () => {
    const answer = await send(prism.url, "/v1/generations?page=1&limit=10", { headers: bearer });
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(200);
    expect(contract.responseErrors("/v1/generations", "get", 200, answer.body)).toEqual([]);
    expect(answer.body.pagination).toMatchObject({ page: 1, limit: 10 });
  });

  it("user answers the user, plan and usage with its reset time", async () => {
    const answer = await send(prism.url, "/v1/user", { headers: bearer });
    expect(answer.status).toBe(200);
    expect(contract.responseErrors("/v1/user", "get", 200, answer.body)).toEqual([]);
    expect(answer.body.usage).toHaveProperty("resets_at");
  });

  it("the video is public: no Authorization needed, Range allowed", async () => {
    const answer = await send(prism.url, `/v1/video/${seedGenerationId}`, { headers: { range: "bytes=0-1023" } });
    expect(answer.violations).toEqual([]);
    expect([200, 206]).toContain(answer.status);
  });
});
