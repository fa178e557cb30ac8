/** The clock-driven lifecycle, queuing, deliberate failures, key isolation and the limits. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spec } from "./helpers/contract.ts";
import { call, generate, startSimulator, waitForEnd, type SimulatorProcess } from "./helpers/simulator.ts";

const ALICE = "lt_lifecycle_alice";
const BOB = "lt_lifecycle_bob";
const FAILURE_CODES: string[] = spec.components.schemas.FailureCode.enum;
let sim: SimulatorProcess;

beforeAll(async () => {
  sim = await startSimulator(
    ["--speed", "60", "--workers", "1", "--rate-limit", "0", "--key", `${ALICE}:3`, "--key", BOB, "--public-url", "https://videos.example.test/api/"],
  );
});
afterAll(() => sim?.stop());

const clip = (prompt: string, extra: object = {}) => ({ model: "ltxv-13b", prompt, duration: 1, ...extra });

describe("lifecycle", () => {
  it("one worker: the second job waits in_queue while the first is in_progress; both complete in order", async () => {
    // A longer first job, so the window where both are visible survives a busy machine (~1 s).
    const a = (await generate(sim.url, clip("first", { duration: 10 }))).body.generation_id;
    const b = (await generate(sim.url, clip("second"))).body.generation_id;
    let sawQueued = false;
    for (let i = 0; i < 400 && !sawQueued; i++) {
      const [sa, sb] = await Promise.all([call(sim.url, `/v1/status/${a}`), call(sim.url, `/v1/status/${b}`)]);
      if (sa.body.status === "in_progress" && sb.body.status === "in_queue") sawQueued = true;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(sawQueued).toBe(true);
    const [ea, eb] = [await waitForEnd(sim.url, a), await waitForEnd(sim.url, b)];
    expect(ea.seen).toEqual(["pending", "in_queue", "in_progress", "completed"].filter((s) => ea.seen.includes(s)));
    expect(Date.parse(ea.final.completed_at)).toBeLessThanOrEqual(Date.parse(eb.final.completed_at));
    expect(ea.final.video_url).toBe(`https://videos.example.test/api/v1/video/${a}`);
  });

  it("progress never goes back and stays within 0..99 while active", async () => {
    const id = (await generate(sim.url, clip("progress", { add_audio: true }))).body.generation_id;
    let last = -1;
    for (;;) {
      const { body } = await call(sim.url, `/v1/status/${id}`);
      if (body.status === "completed") break;
      expect(body.progress).toBeGreaterThanOrEqual(last);
      expect(body.progress).toBeLessThanOrEqual(99);
      expect(body.poll_interval_ms).toBeGreaterThanOrEqual(100);
      last = body.progress;
      await new Promise((r) => setTimeout(r, 15));
    }
    expect(last).toBeGreaterThan(0);
  });

  it.each(FAILURE_CODES)("a [fail:%s] marker in the prompt ends the job failed with that code", async (code) => {
    const id = (await generate(sim.url, clip(`a storm [fail:${code}]`))).body.generation_id;
    const { final } = await waitForEnd(sim.url, id);
    expect(final.status).toBe("failed");
    expect(final.error.code).toBe(code);
    expect(final.error.message.length).toBeGreaterThan(10);
    const video = await call(sim.url, `/v1/video/${id}`, { key: null });
    expect(video.status).toBe(404);
    expect(video.body.error.code).toBe("video_not_ready");
  });

  it("an unknown marker is just text", async () => {
    const { final } = await waitForEnd(sim.url, (await generate(sim.url, clip("[fail:nope]"))).body.generation_id);
    expect(final.status).toBe("completed");
  });
});

describe("keys", () => {
  it("are isolated: another key's generation is 404 for status and absent from its list; the video stays public", async () => {
    const id = (await generate(sim.url, clip("private"), {}, ALICE)).body.generation_id;
    const peek = await call(sim.url, `/v1/status/${id}`, { key: BOB });
    expect(peek.status).toBe(404);
    expect(peek.body.error.code).toBe("not_found");
    const bobs = await call(sim.url, "/v1/generations?limit=100", { key: BOB });
    expect(bobs.body.generations.map((g: { generation_id: string }) => g.generation_id)).not.toContain(id);
    const { final } = await waitForEnd(sim.url, id, ALICE);
    expect((await fetch(final.video_url.replace("https://videos.example.test/api", sim.url), { method: "HEAD" })).status).toBe(200);
  });

  it("have their own monthly limits: past it → 429 quota_exceeded, no Retry-After", async () => {
    const before = (await call(sim.url, "/v1/user", { key: ALICE })).body.usage;
    for (let i = before.current_month_usage; i < 3; i++) expect((await generate(sim.url, clip(`q${i}`), {}, ALICE)).status).toBe(200);
    const refused = await generate(sim.url, clip("one too many"), {}, ALICE);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("quota_exceeded");
    expect(refused.headers.get("retry-after")).toBeNull();
    const user = await call(sim.url, "/v1/user", { key: ALICE });
    expect(user.body.usage).toMatchObject({ current_month_usage: 3, monthly_limit: 3, remaining: 0 });
    expect(Date.parse(user.body.usage.resets_at)).toBeGreaterThan(Date.now());
  });
});

describe("rate limit and seeded failures", () => {
  it("a key over its request rate gets 429 rate_limited with Retry-After, then recovers", async () => {
    const limited = await startSimulator(["--rate-limit", "3", "--rate-window", "1"]);
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await call(limited.url, "/v1/user"));
      expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
      expect(answers[3]!.status).toBe(429);
      expect(answers[3]!.body.error.code).toBe("rate_limited");
      const wait = Number(answers[3]!.headers.get("retry-after"));
      expect(wait).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, wait * 1000 + 50));
      expect((await call(limited.url, "/v1/user")).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it("--failure-rate with a seed fails the same share of jobs on every run", async () => {
    const outcomes: string[][] = [];
    for (let run = 0; run < 2; run++) {
      const seeded = await startSimulator(["--speed", "5000", "--workers", "4", "--rate-limit", "0", "--failure-rate", "0.5", "--failure-seed", "7"]);
      try {
        const ids = [];
        for (let i = 0; i < 12; i++) ids.push((await generate(seeded.url, clip(`seeded ${i}`))).body.generation_id);
        const finals = await Promise.all(ids.map((id) => waitForEnd(seeded.url, id)));
        outcomes.push(finals.map((f) => (f.final.status === "failed" ? f.final.error.code : f.final.status)));
      } finally {
        await seeded.stop();
      }
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0]).toContain("model_error");
    expect(outcomes[0]).toContain("completed");
  });
});
