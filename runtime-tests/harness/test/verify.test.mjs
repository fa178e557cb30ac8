// The matrix's assertion must be able to fail: each way a runtime could get it wrong is rejected.
import { afterAll, beforeAll, expect, test } from "vitest";
import { listGenerations, startSimulator, verifyVideo } from "../src/index.mjs";

let sim;
let before;
let video;

async function completedVideo() {
  const headers = { Authorization: `Bearer ${sim.apiKey}`, "content-type": "application/json" };
  const body = JSON.stringify({ model: "kling_25", prompt: "harness check", duration: 5, resolution: "480p" });
  const { generation_id } = await (await fetch(`${sim.baseUrl}/v1/generate`, { method: "POST", headers, body })).json();
  for (;;) {
    const g = await (await fetch(`${sim.baseUrl}/v1/status/${generation_id}`, { headers })).json();
    if (g.status === "completed") return new Uint8Array(await (await fetch(g.video_url)).arrayBuffer());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  sim = await startSimulator();
  before = new Set((await listGenerations(sim)).map((g) => g.generation_id));
  video = await completedVideo();
});
afterAll(() => sim?.stop());

test("accepts the whole MP4 of the one new generation", async () => {
  await expect(verifyVideo(sim, before, video)).resolves.toMatchObject({ bytes: video.length });
});

test("rejects a truncated download", async () => {
  await expect(verifyVideo(sim, before, video.subarray(0, video.length - 1))).rejects.toThrow(/Content-Length/);
});

test("rejects bytes that are not an MP4", async () => {
  const notMp4 = video.slice();
  notMp4.set(new TextEncoder().encode("free"), 4);
  await expect(verifyVideo(sim, before, notMp4)).rejects.toThrow(/ftyp/);
});

test("rejects a run that created no generation, or more than one", async () => {
  const all = new Set((await listGenerations(sim)).map((g) => g.generation_id));
  await expect(verifyVideo(sim, all, video)).rejects.toThrow(/exactly 1 generation, it created 0/);
  await completedVideo();
  await expect(verifyVideo(sim, before, video)).rejects.toThrow(/it created 2/);
});
