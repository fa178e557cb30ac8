/**
 * Each cURL example of the public docs, pointed at a real simulator: submit, watch the statuses
 * change, download the MP4 and check with ffprobe that it is H.264, 30 fps, at the right size and length.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractErrors, spec } from "./helpers/contract.ts";
import { probe } from "./helpers/ffprobe.ts";
import { call, generate, startSimulator, waitForEnd, type SimulatorProcess } from "./helpers/simulator.ts";
import { seedImageToVideo, seedTextToVideo, seedTextToVideoWithAudio } from "@videogenapi/tooling/seed-examples";

let sim: SimulatorProcess;
beforeAll(async () => {
  // Speed 100: a 10 s 1080p clip's ~2 simulated minutes pass in about a second.
  sim = await startSimulator(["--speed", "100", "--workers", "3"]);
});
afterAll(() => sim?.stop());

async function submitAndDownload(body: object) {
  const submitted = await generate(sim.url, body);
  expect(submitted.status).toBe(200);
  expect(contractErrors("/v1/generate", "post", 200, submitted.body)).toEqual([]);
  const { final, seen } = await waitForEnd(sim.url, submitted.body.generation_id);
  expect(contractErrors("/v1/status/{generation_id}", "get", 200, final)).toEqual([]);
  expect(final.status).toBe("completed");
  // Statuses only move forward through the documented lifecycle.
  const order = ["pending", "in_queue", "in_progress", "completed"];
  expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
  expect(seen.length).toBeGreaterThanOrEqual(2);
  expect(final.video_url).toBe(`${sim.url}/v1/video/${final.generation_id}`);
  const video = await fetch(final.video_url); // public: no key
  expect(video.status).toBe(200);
  expect(video.headers.get("content-type")).toBe("video/mp4");
  const bytes = new Uint8Array(await video.arrayBuffer());
  expect(bytes.byteLength).toBe(Number(video.headers.get("content-length")));
  return { submitted: submitted.body, final, seen, media: probe(bytes) };
}

describe("the docs' cURL examples, end to end", () => {
  it("text-to-video (kling_25, 10 s, 1080p, 16:9, seed 42)", async () => {
    const { submitted, final, media } = await submitAndDownload(seedTextToVideo);
    expect(submitted).toMatchObject({ status: "pending", type: "text-to-video", seed: 42, duration: 10, resolution: "1080p" });
    expect(submitted.model).toEqual({ key: "kling_25", name: "Kling 2.5", provider: "Kuaishou" });
    expect(final.processing_time).toBeGreaterThanOrEqual(0);
    expect(media.video).toEqual({ codec_name: "h264", width: 1920, height: 1080, r_frame_rate: "30/1" });
    expect(media.duration).toBeCloseTo(10, 1);
    expect(media.audio).toBeUndefined();
  });

  it("text-to-video with audio: an audio phase under the same id, and an AAC track", async () => {
    const submitted = await generate(sim.url, seedTextToVideoWithAudio);
    const phases = new Set<string>();
    for (;;) {
      const { body } = await call(sim.url, `/v1/status/${submitted.body.generation_id}`);
      if (body.phase) phases.add(body.phase);
      if (body.status === "completed") break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect([...phases]).toEqual(["video", "audio"]);
    const { media, submitted: again } = await submitAndDownload(seedTextToVideoWithAudio);
    expect(again.audio_prompt).toBe(seedTextToVideoWithAudio.audio_prompt);
    expect(media.video).toMatchObject({ codec_name: "h264", width: 1920, height: 1080, r_frame_rate: "30/1" });
    expect(media.audio).toEqual({ codec_name: "aac" });
    expect(media.duration).toBeCloseTo(10, 0);
  });

  it("image-to-video as printed (veo_3, 15 s, 4K) is refused naming duration; the contract's version renders", async () => {
    const refused = await generate(sim.url, seedImageToVideo);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "invalid_parameter", param: "duration" });
    expect(refused.body.error.message).toContain("it accepts 8");

    // The spec's own example of this request (what DECISIONS.md chose: 8 s at 1080p).
    const fixed = spec.components.examples.ImageToVideoRequest.value;
    const { submitted, media } = await submitAndDownload(fixed);
    expect(submitted).toMatchObject({ type: "image-to-video", aspect_ratio: null, seed: 123456 });
    expect(media.video).toEqual({ codec_name: "h264", width: 1920, height: 1080, r_frame_rate: "30/1" });
    expect(media.duration).toBeCloseTo(8, 1);
  });

  it("status, list (page=1&limit=10) and user examples answer as documented", async () => {
    const list = await call(sim.url, "/v1/generations?page=1&limit=10");
    expect(list.status).toBe(200);
    expect(contractErrors("/v1/generations", "get", 200, list.body)).toEqual([]);
    // The four submitted above, plus the docs' example generation the development key starts with.
    expect(list.body.pagination).toMatchObject({ page: 1, limit: 10, total: 5, has_more: false });
    const user = await call(sim.url, "/v1/user");
    expect(user.status).toBe(200);
    expect(contractErrors("/v1/user", "get", 200, user.body)).toEqual([]);
    expect(user.body.usage).toMatchObject({ current_month_usage: 4, monthly_limit: 100, remaining: 96 });
  });
});
