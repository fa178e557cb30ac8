/**
 * The core on Cloudflare Workers: bundle the adapter with esbuild (validators compiled ahead of
 * time, as workerd forbids `new Function`), run it in workerd through miniflare on a loopback port,
 * and drive the flow over HTTP.
 */
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bundleWorker } from "../src/adapter/workers/bundle.ts";
import { MODELS } from "../src/contract/models.ts";
import { generateWaitDownload } from "./helpers/flow.ts";
import { DEV_KEY, generate } from "./helpers/simulator.ts";

let mf: Miniflare;
let url: string;
let generated: string | undefined;

beforeAll(async () => {
  mf = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate: "2026-04-01",
    host: "127.0.0.1",
    port: 0,
    bindings: { VIDEOGEN_SIM_SPEED: "2000" },
  });
  url = (await mf.ready).origin;
});

afterAll(() => mf?.dispose());

// workerd forbids generating code, so a validator that was not compiled ahead of time would be a 500 here.
test("every model's body and every parameter is validated in workerd (400s, not 500s)", async () => {
  const headers = { authorization: `Bearer ${DEV_KEY}`, "content-type": "application/json" };
  for (const model of MODELS.keys()) {
    const answer = await generate(url, { model, prompt: 42 });
    expect(answer.status, `${model}: ${JSON.stringify(answer.body)}`).toBe(400);
    expect(answer.body.error).toMatchObject({ code: "invalid_parameter", param: "prompt" });
  }
  const bad = await fetch(`${url}/v1/generations?limit=abc`, { headers });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { error: { param: string } }).error.param).toBe("limit");
  const unknown = await fetch(`${url}/v1/status/gen_0000000000000_000000`, { headers });
  expect(unknown.status).toBe(404);
  const range = await fetch(`${url}/v1/video/gen_0000000000000_000000`, { headers: { range: "bytes=0-1" } });
  expect(range.status).toBe(404);
});

test("workerd: generate → status → video", async () => {
  const { id, seen, headers } = await generateWaitDownload(url);
  generated = id;
  expect(seen.at(-1)).toBe("completed");
  expect(headers.get("x-simulator-video")).toBe("placeholder");
});

test("state lives in the isolate: a later request lists the generation", async () => {
  expect(generated).toBeDefined();
  const response = await fetch(`${url}/v1/generations`, { headers: { authorization: "Bearer lt_dev_videogen_local" } });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { generations: Array<{ generation_id: string }> };
  expect(body.generations.map((g) => g.generation_id)).toContain(generated);
});
