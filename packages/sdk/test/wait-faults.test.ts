/**
 * wait() against the real simulator process while it injects faults: a status poll that runs out of
 * retries does not end the wait — the generation's completion does, or the wait's own timeout,
 * whose WaitTimeoutError then carries the last poll's error.
 */
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ConnectionError, InternalServerError, NotFoundError, VideoGen, WaitTimeoutError, type ClientOptions } from "../src/index.ts";

let faulty: RunningSimulator;
let sim: RunningSimulator;

beforeAll(async () => {
  [faulty, sim] = await Promise.all([
    // 40 % of all answers are 5xx, drawn from a fixed seed; at speed 50 a 10 s clip takes over a
    // second, about ten polls at the server's poll_interval_ms, so some polls surely fail.
    startSimulator(["--speed", "50", "--rate-limit", "0", "--no-docs-example", "--fault-error-rate", "0.4", "--fault-seed", "7"]),
    startSimulator(["--speed", "100", "--rate-limit", "0", "--no-docs-example"]),
  ]);
});
afterAll(() => Promise.all([faulty?.stop(), sim?.stop()]));

const job = { model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" } as const;
/** Short poll back-off so the tests stay fast; the server's poll_interval_ms still applies when it answers. */
const polling = { pollInterval: 20, maxPollInterval: 100 };

test("under 40 % injected 5xx, every wait completes although polls run out of retries", async () => {
  let failedPolls = 0;
  const client = new VideoGen({
    apiKey: faulty.key,
    baseUrl: faulty.url,
    retryDelay: 5,
    // No retries inside a poll: every 5xx answer to a status request is a poll that ran out of them.
    maxRetries: 0,
    hooks: { onResponse: (e) => void (e.url.includes("/v1/status/") && e.status >= 500 && failedPolls++) },
  });
  // A generate is idempotent (it always sends an Idempotency-Key), so it may retry until accepted.
  const jobs = await Promise.all([1, 2, 3, 4].map((n) => client.generate({ ...job, duration: 10, prompt: `${job.prompt} ${n}` }, { maxRetries: 20 })));
  const done = await Promise.all(jobs.map((j) => client.wait(j, { timeout: 30_000, ...polling })));
  expect(done.map((g) => g.status)).toEqual(["completed", "completed", "completed", "completed"]);
  expect(failedPolls).toBeGreaterThan(3);
});

test("a poll whose every retry is dropped mid-wait does not end it", async () => {
  const { generation_id: id } = await new VideoGen({ apiKey: sim.key, baseUrl: sim.url }).generate(job);
  let sent = 0;
  const attempts: string[] = [];
  const options: ClientOptions = {
    apiKey: sim.key,
    baseUrl: sim.url,
    retryDelay: 5,
    maxRetries: 2,
    // Requests 2–4 (the second poll and both its retries) ask the simulator to drop the connection.
    fetch: (url, init) => {
      if (++sent >= 2 && sent <= 4) init.headers.set("X-Simulator-Fault", `drop; id=sdk-wait-drop-${id}-${sent}`);
      return fetch(url, init);
    },
    hooks: { onRequest: ({ attempt }) => void attempts.push(`${attempt}`), onRetry: ({ error }) => void attempts.push(error.name) },
  };
  const done = await new VideoGen(options).wait(id, { timeout: 30_000, ...polling });
  expect(done.status).toBe("completed");
  // The first poll, then a poll that ran out of its two retries on ConnectionErrors, then more polls.
  expect(attempts.slice(0, 6)).toEqual(["0", "0", "ConnectionError", "1", "ConnectionError", "2"]);
  expect(attempts.length).toBeGreaterThan(6);
});

test("a wait that never gets an answer ends at its timeout with WaitTimeoutError carrying the last error", async () => {
  const { generation_id: id } = await new VideoGen({ apiKey: sim.key, baseUrl: sim.url }).generate(job);
  const client = new VideoGen({ apiKey: sim.key, baseUrl: sim.url, maxRetries: 0, headers: { "X-Simulator-Fault": `status=503; id=sdk-wait-503-${id}` } });
  const started = Date.now();
  const error = await client.wait(id, { timeout: 800, ...polling }).catch((e) => e);
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(error).toBeInstanceOf(WaitTimeoutError);
  expect(error.generationId).toBe(id);
  expect(error.generation).toBeUndefined();
  expect(error.message).toBe(`Generation ${id} still unknown at the deadline`);
  expect(error.lastError).toBeInstanceOf(InternalServerError);
  expect(error.lastError).toMatchObject({ status: 503 });
  expect(error.cause).toBe(error.lastError);
  // The generation went on: waiting again without the fault completes it.
  await expect(new VideoGen({ apiKey: sim.key, baseUrl: sim.url }).wait(error.generationId, polling)).resolves.toMatchObject({ status: "completed" });
});

test("a failure that will not pass ends the wait at once: an unknown generation is a NotFoundError", async () => {
  const client = new VideoGen({ apiKey: sim.key, baseUrl: sim.url });
  const started = Date.now();
  await expect(client.wait("gen_000000000000a_000000", { timeout: 30_000 })).rejects.toBeInstanceOf(NotFoundError);
  expect(Date.now() - started).toBeLessThan(2_000);
});

test("after the generation has answered once, a connection error mid-wait is waited out, and a timeout reports it", async () => {
  const { generation_id: id } = await new VideoGen({ apiKey: sim.key, baseUrl: sim.url }).generate({ ...job, duration: 10, resolution: "1080p" });
  let sent = 0;
  const client = new VideoGen({
    apiKey: sim.key,
    baseUrl: sim.url,
    maxRetries: 0,
    // The first poll passes; every later one is dropped.
    fetch: (url, init) => {
      if (++sent > 1) init.headers.set("X-Simulator-Fault", `drop; id=sdk-wait-outage-${id}`);
      return fetch(url, init);
    },
  });
  // Long enough for the first poll to be answered on a busy machine.
  const error = await client.wait(id, { timeout: 1_500, ...polling }).catch((e) => e);
  expect(error).toBeInstanceOf(WaitTimeoutError);
  expect(error.generation.status).toMatch(/^(pending|in_queue|in_progress)$/);
  expect(error.lastError).toBeInstanceOf(ConnectionError);
  expect(error.lastError.message).toMatch(new RegExp(`^GET ${sim.url}/v1/status/${id} failed: `));
  expect(sent).toBeGreaterThan(2);
});
