/**
 * Team mode on workerd: the bundled team Worker and its Durable Objects (wrangler.toml's binding
 * and SQLite migration) in a real workerd listening on loopback, state in a folder. Keys come in as
 * the VIDEOGEN_SIM_KEYS var, in the keys-file JSON the Node command takes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedImageToVideo, seedTextToVideo, seedTextToVideoWithAudio } from "@videogenapi/tooling/seed-examples";
import { contractErrors, spec } from "./helpers/contract.ts";
import { probe } from "./helpers/ffprobe.ts";
import { call, DEV_KEY, generate, waitForEnd } from "./helpers/simulator.ts";
import { startTeamWorkerd, type TeamWorkerd } from "./helpers/team-workerd.ts";

const ALICE = "team_alice_key_7c1f";
const BOB = "team_bob_key_52ad";
/** Monthly limit 100 and no rate limit: 200 submissions at once meet only the quota. */
const CAROL = "team_carol_key_e90b";
/** 10 requests a minute: a burst meets only the rate limit. */
const DAVE = "team_dave_key_3b66";
const KEYS = [
  { key: ALICE, monthly_limit: 100 },
  { key: BOB, monthly_limit: 5 },
  { key: CAROL, monthly_limit: 100, rate_limit: { requests: 0 } },
  { key: DAVE, monthly_limit: 5, rate_limit: { requests: 10, window_seconds: 60 } },
];
const VARS = { VIDEOGEN_SIM_KEYS: JSON.stringify(KEYS), VIDEOGEN_SIM_SPEED: "1000", VIDEOGEN_SIM_WORKERS: "3" };
const GENERATION_ID = new RegExp(spec.components.schemas.GenerationId.pattern);

let dir: string;
let team: TeamWorkerd;
let url: string;
let aliceId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sim-team-"));
  team = await startTeamWorkerd(dir, VARS);
  url = team.url;
});
afterAll(async () => {
  await team?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function submitAndDownload(body: object, key = DEV_KEY) {
  const submitted = await generate(url, body, {}, key);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect(contractErrors("/v1/generate", "post", 200, submitted.body)).toEqual([]);
  expect(submitted.body.generation_id).toMatch(GENERATION_ID);
  const { final } = await waitForEnd(url, submitted.body.generation_id, key);
  expect(contractErrors("/v1/status/{generation_id}", "get", 200, final)).toEqual([]);
  expect(final.status).toBe("completed");
  expect(final.video_url).toBe(`${url}/v1/video/${final.generation_id}`);
  const video = await fetch(final.video_url); // public: no key
  expect(video.status).toBe(200);
  expect(video.headers.get("content-type")).toBe("video/mp4");
  const bytes = new Uint8Array(await video.arrayBuffer());
  expect(bytes.byteLength).toBe(Number(video.headers.get("content-length")));
  return { submitted: submitted.body, final, media: probe(bytes) };
}

describe("the docs' cURL examples against team mode", () => {
  it("text-to-video, with audio, and image-to-video submit, complete and serve a playable MP4", async () => {
    const plain = await submitAndDownload(seedTextToVideo);
    expect(plain.submitted).toMatchObject({ status: "pending", type: "text-to-video", seed: 42, duration: 10, resolution: "1080p" });
    // Workers cannot run ffmpeg: the fixed placeholder clip, which ffprobe must still read as H.264.
    expect(plain.media.video).toMatchObject({ codec_name: "h264", r_frame_rate: "30/1" });
    const audio = await submitAndDownload(seedTextToVideoWithAudio);
    expect(audio.submitted.audio_prompt).toBe(seedTextToVideoWithAudio.audio_prompt);

    const refused = await generate(url, seedImageToVideo);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "invalid_parameter", param: "duration" });
    const image = await submitAndDownload(spec.components.examples.ImageToVideoRequest.value);
    expect(image.submitted).toMatchObject({ type: "image-to-video", seed: 123456 });
  });

  it("status of the docs' example id, list (page=1&limit=10) and user answer as documented", async () => {
    const example = await call(url, "/v1/status/gen_686717fe97bd3_055867");
    expect(example.status).toBe(200);
    expect(example.body).toMatchObject({ status: "completed", video_url: `${url}/v1/video/gen_686717fe97bd3_055867` });
    const head = await fetch(example.body.video_url, { method: "HEAD" });
    expect(head.status).toBe(200);
    const list = await call(url, "/v1/generations?page=1&limit=10");
    expect(contractErrors("/v1/generations", "get", 200, list.body)).toEqual([]);
    expect(list.body.pagination).toMatchObject({ page: 1, limit: 10, total: 4, has_more: false });
    const user = await call(url, "/v1/user");
    expect(contractErrors("/v1/user", "get", 200, user.body)).toEqual([]);
    expect(user.body.usage).toMatchObject({ current_month_usage: 3, monthly_limit: 100, remaining: 97 });
  });
});

describe("partitions", () => {
  it("two keys are isolated: neither sees nor lists the other's generations, the video stays public", async () => {
    const { submitted, media } = await submitAndDownload({ model: "kling_25", prompt: "Alice's clip" }, ALICE);
    aliceId = submitted.generation_id;
    expect(media.video.codec_name).toBe("h264");
    const bobs = await generate(url, { model: "kling_25", prompt: "Bob's clip" }, {}, BOB);
    expect(bobs.status).toBe(200);
    // Each key's ids carry its own partition.
    expect(bobs.body.generation_id.slice(4, 10)).not.toBe(aliceId.slice(4, 10));

    const peek = await call(url, `/v1/status/${aliceId}`, { key: BOB });
    expect(peek.status).toBe(404);
    expect(peek.body.error).toMatchObject({ code: "not_found", param: "generation_id" });
    const bobList = await call(url, "/v1/generations", { key: BOB });
    expect(bobList.body.generations.map((g: { generation_id: string }) => g.generation_id)).toEqual([bobs.body.generation_id]);
    const aliceList = await call(url, "/v1/generations", { key: ALICE });
    expect(aliceList.body.generations.map((g: { generation_id: string }) => g.generation_id)).toEqual([aliceId]);
    expect((await call(url, "/v1/user", { key: BOB })).body.usage).toMatchObject({ current_month_usage: 1, monthly_limit: 5 });
  });

  it("200 concurrent POST /v1/generate on a key limited to 100 accept exactly 100; the rest get the quota 429", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => generate(url, { model: "kling_25", prompt: `burst ${i}` }, {}, CAROL)),
    );
    const accepted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect(accepted).toHaveLength(100);
    expect(refused).toHaveLength(100);
    expect(new Set(accepted.map((a) => a.body.generation_id)).size).toBe(100);
    for (const answer of refused) {
      expect(answer.body.error.code).toBe("quota_exceeded");
      expect(contractErrors("/v1/generate", "post", 429, answer.body)).toEqual([]);
    }
    expect((await call(url, "/v1/user", { key: CAROL })).body.usage).toMatchObject({ current_month_usage: 100, remaining: 0 });
  });

  it("the rate limit holds exactly per key across the burst", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => call(url, "/v1/user", { key: DAVE })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(20);
    expect(limited[0]!.body.error.code).toBe("rate_limited");
    // Another key is not slowed by Dave's window.
    expect((await call(url, "/v1/user", { key: BOB })).status).toBe(200);
  });

  it("requests no object owns get the documented errors from the entry Worker", async () => {
    const noKey = await call(url, "/v1/generations", { key: null });
    expect(noKey.status).toBe(401);
    expect(noKey.body.error.code).toBe("missing_api_key");
    const badKey = await call(url, "/v1/user", { key: "not_a_configured_key" });
    expect(badKey.status).toBe(401);
    expect(badKey.body.error.code).toBe("invalid_api_key");
    const unknownVideo = await call(url, "/v1/video/gen_0000000000000_000000", { key: null });
    expect(unknownVideo.status).toBe(404);
    expect(unknownVideo.body.error.code).toBe("not_found");
    for (const key of [null, ALICE]) {
      const path = await call(url, "/v1/nothing-here", { key });
      expect(path.status).toBe(404);
      expect(path.body.error).toHaveProperty("code");
      const method = await call(url, "/v1/generate", { method: "DELETE", key });
      expect(method.status).toBe(405);
      expect(method.body.error).toHaveProperty("code");
    }
  });

  it("the dashboard is served and a key's settings go to its own object", async () => {
    const page = await fetch(`${url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const put = await call(url, "/_simulator/settings", {
      method: "PUT",
      key: ALICE,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ failure_rate: 0.25 }),
    });
    expect(put.status).toBe(200);
    expect((await call(url, "/_simulator/settings", { key: ALICE })).body.failure_rate).toBe(0.25);
    expect((await call(url, "/_simulator/settings", { key: BOB })).body.failure_rate).toBe(0);
    expect((await call(url, "/_simulator/settings", { key: null })).status).toBe(401);
  });
});

describe("a restart of workerd", () => {
  it("keeps every key's generations, usage and settings", async () => {
    await team.stop();
    team = await startTeamWorkerd(dir, VARS);
    url = team.url;
    const alice = await call(url, `/v1/status/${aliceId}`, { key: ALICE });
    expect(alice.status).toBe(200);
    expect(alice.body).toMatchObject({ generation_id: aliceId, status: "completed" });
    expect((await fetch(`${url}/v1/video/${aliceId}`)).status).toBe(200);
    expect((await call(url, `/v1/status/${aliceId}`, { key: BOB })).status).toBe(404);
    expect((await call(url, "/v1/generations", { key: DEV_KEY })).body.pagination.total).toBe(4);
    const again = await generate(url, { model: "kling_25", prompt: "one more" }, {}, CAROL);
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe("quota_exceeded");
    expect((await call(url, "/_simulator/settings", { key: ALICE })).body.failure_rate).toBe(0.25);
  });

  it("left no API key in the stored state", () => {
    const files = (function walk(at: string): string[] {
      return readdirSync(at).flatMap((name) => (statSync(join(at, name)).isDirectory() ? walk(join(at, name)) : [join(at, name)]));
    })(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(file).toString("latin1");
      for (const key of [ALICE, BOB, CAROL, DAVE, DEV_KEY]) expect(bytes.includes(key), `${key} in ${file}`).toBe(false);
    }
  });
});

describe("a configuration it cannot use", () => {
  it("answers every request with the documented 500 naming the variable, never the key", async () => {
    const bad = await startTeamWorkerd(join(dir, "bad"), { VIDEOGEN_SIM_KEYS: "secret_key_one:lots,[{key: secret_key_two" });
    try {
      for (const path of ["/v1/user", "/v1/video/gen_0000000000000_000000"]) {
        const answer = await call(bad.url, path, { key: "secret_key_one" });
        expect(answer.status).toBe(500);
        expect(answer.body.error.code).toBe("internal_error");
        expect(answer.body.error.message).toContain("VIDEOGEN_SIM_KEYS");
        expect(JSON.stringify(answer.body)).not.toContain("secret_key");
      }
    } finally {
      await bad.stop();
    }
  });
});
