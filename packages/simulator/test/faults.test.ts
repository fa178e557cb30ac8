/** Fault injection, per request (X-Simulator-Fault) and per server (flags), as SDK tests use it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, generate, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

let sim: SimulatorProcess;
beforeAll(async () => {
  sim = await startSimulator(["--rate-limit", "0", "--speed", "1000"]);
});
afterAll(() => sim?.stop());

const clip = { model: "ltxv-13b", prompt: "fault test", duration: 1 };

describe("X-Simulator-Fault", () => {
  it("status=503; times=2 fails the next two requests with that header value, then lets them through", async () => {
    const fault = { "x-simulator-fault": `status=503; times=2; id=${Math.random()}` };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(sim.url, "/v1/user", { headers: fault })).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it("status=429 carries Retry-After and the rate_limited body", async () => {
    const answer = await call(sim.url, "/v1/user", { headers: { "x-simulator-fault": "status=429; retry-after=3" } });
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("3");
    expect(answer.body.error.code).toBe("rate_limited");
  });

  it("after: the generation is created although the client sees a 500 (what an Idempotency-Key retry is for)", async () => {
    const key = `after-${Math.random()}`;
    const failed = await generate(sim.url, clip, { "idempotency-key": key, "x-simulator-fault": `status=500; after; times=1; id=${key}` });
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe("internal_error");
    const retried = await generate(sim.url, clip, { "idempotency-key": key, "x-simulator-fault": `status=500; after; times=1; id=${key}` });
    expect(retried.status).toBe(200);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
  });

  it("drop closes the connection without an answer", async () => {
    await expect(call(sim.url, "/v1/user", { headers: { "x-simulator-fault": "drop" } })).rejects.toThrow();
    expect((await call(sim.url, "/v1/user")).status).toBe(200);
  });

  it("latency delays the answer", async () => {
    const started = performance.now();
    const answer = await call(sim.url, "/v1/user", { headers: { "x-simulator-fault": "latency=300" } });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("applies to the public video endpoint too; 503 is service_unavailable with Retry-After", async () => {
    const answer = await call(sim.url, "/v1/video/gen_0000000000000_000000", { key: null, headers: { "x-simulator-fault": "status=503; retry-after=4" } });
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe("service_unavailable");
    expect(answer.headers.get("retry-after")).toBe("4");
  });

  it("only statuses the contract declares can be injected: 502 and 504 are refused with a 400 naming the header", async () => {
    for (const status of [502, 504, 200]) {
      const answer = await call(sim.url, "/v1/user", { headers: { "x-simulator-fault": `status=${status}` } });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: "invalid_parameter", param: "X-Simulator-Fault" });
      expect(answer.body.error.message).toContain("429, 500, 503");
    }
  });

  it("does not apply to a path or method the contract does not have (404, 405 first)", async () => {
    const fault = { "x-simulator-fault": "status=500" };
    expect((await call(sim.url, "/v1/nope", { headers: fault })).status).toBe(404);
    expect((await call(sim.url, "/v1/user", { method: "DELETE", headers: fault })).status).toBe(405);
  });
});

describe("server-wide faults", () => {
  it("--fault-error-rate 1 answers every request 5xx; --disable-fault-header ignores the header", async () => {
    const broken = await startSimulator(["--fault-error-rate", "1", "--disable-fault-header"]);
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => call(broken.url, "/v1/user")));
      for (const answer of answers) {
        expect([500, 503]).toContain(answer.status);
        expect(answer.body.error.code).toBe(answer.status === 500 ? "internal_error" : "service_unavailable");
      }
      expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([500, 503]));
    } finally {
      await broken.stop();
    }
  });

  it("--fault-429-rate is seeded: the same requests get the same answers on every run", async () => {
    const runs: number[][] = [];
    for (let run = 0; run < 2; run++) {
      const flaky = await startSimulator(["--fault-429-rate", "0.5", "--fault-seed", "3", "--rate-limit", "0"]);
      try {
        const statuses = [];
        for (let i = 0; i < 10; i++) statuses.push((await call(flaky.url, "/v1/user")).status);
        runs.push(statuses);
      } finally {
        await flaky.stop();
      }
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).toContain(429);
    expect(runs[0]).toContain(200);
  });
});
