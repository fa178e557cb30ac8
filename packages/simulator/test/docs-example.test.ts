/**
 * The development key owns the docs' example generation from the start, exactly as the contract's
 * `StatusCompleted` example shows it, so the docs' status and video samples work unchanged.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@videogenapi/spec/openapi.json"), "utf8"));
const example = spec.components.examples.StatusCompleted.value;
const id: string = example.generation_id;

let sim: SimulatorProcess;
beforeAll(async () => {
  sim = await startSimulator(["--key", "lt_other_key"]);
});
afterAll(() => sim?.stop());

describe("the docs' example generation", () => {
  it("is completed for the development key, as the contract's example shows it (but for the local video_url)", async () => {
    const answer = await call(sim.url, `/v1/status/${id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ...example, video_url: `${sim.url}/v1/video/${id}` });
  });

  it("has a downloadable video", async () => {
    const head = await fetch(`${sim.url}/v1/video/${id}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
  });

  it("is another key's 404, and neither counts towards this month's usage nor hides in the list", async () => {
    expect((await call(sim.url, `/v1/status/${id}`, { key: "lt_other_key" })).status).toBe(404);
    const user = await call(sim.url, "/v1/user");
    expect(user.body.usage.current_month_usage).toBe(0);
    const list = await call(sim.url, "/v1/generations");
    expect(list.body.generations.map((g: { generation_id: string }) => g.generation_id)).toEqual([id]);
  });

  it("is absent with --no-docs-example", async () => {
    const bare = await startSimulator(["--no-docs-example"]);
    try {
      expect((await call(bare.url, `/v1/status/${id}`)).status).toBe(404);
    } finally {
      await bare.stop();
    }
  });
});
