/** watch() and wait() against a loopback server that plays a status sequence, counting polls per job. */
import { afterEach, expect, test } from "vitest";
import { GenerationFailedError, UserAbortError, VideoGen, WaitTimeoutError, type Generation } from "../src/index.ts";
import { active, API_KEY, completed, failed, GEN_ID } from "./helpers/fixtures.ts";
import { countByPath, hang, json, startServer, type TestServer } from "./helpers/server.ts";

let server: TestServer;
afterEach(() => server?.close());

/** Serves `sequence` to successive status polls, repeating the last entry. */
async function play(sequence: unknown[]) {
  server = await startServer((_req, res, _seen, i) => json(res, 200, sequence[Math.min(i, sequence.length - 1)]));
  return new VideoGen({ apiKey: API_KEY, baseUrl: server.url });
}

test("wait() follows the job to completion, one poll per step, reporting each change", async () => {
  const client = await play([active("pending", 0), active("in_queue", 5), active("in_progress", 40, 20, "video"), active("in_progress", 40, 20, "video"), active("in_progress", 80, 20, "audio"), completed()]);
  const seen: Generation[] = [];
  const done = await client.wait(GEN_ID, { timeout: 10_000, onProgress: (g) => seen.push(g) });
  expect(done.status).toBe("completed");
  expect(done.video_url).toContain(GEN_ID);
  expect(countByPath(server.requests)).toEqual({ [`/v1/status/${GEN_ID}`]: 6 });
  // The repeated in_progress/40 poll is not a change, so it is not reported.
  expect(seen.map((g) => `${g.status}:${"progress" in g ? g.progress : "-"}`)).toEqual(["pending:0", "in_queue:5", "in_progress:40", "in_progress:80", "completed:-"]);
});

test("polls honour the server's poll_interval_ms", async () => {
  const client = await play([active("pending", 0, 200), active("in_progress", 50, 200), completed()]);
  await client.wait({ generation_id: GEN_ID });
  const [a, b, c] = server.requests.map((r) => r.at);
  expect(b! - a!).toBeGreaterThanOrEqual(190);
  expect(c! - b!).toBeGreaterThanOrEqual(190);
  expect(c! - a!).toBeLessThan(2000);
});

test("watch() yields changes and ends after the final status; hooks see them too", async () => {
  const changes: string[] = [];
  server = await startServer((_req, res, _seen, i) => json(res, 200, [active("pending", 0), active("in_progress", 50), completed()][Math.min(i, 2)]));
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: server.url, hooks: { onStatusChange: (g) => changes.push(g.status) } });
  const statuses: string[] = [];
  for await (const g of client.watch(GEN_ID)) statuses.push(g.status);
  expect(statuses).toEqual(["pending", "in_progress", "completed"]);
  expect(changes).toEqual(statuses);
  expect(server.requests).toHaveLength(3);
});

test("a failed job throws GenerationFailedError with the id and the server's reason", async () => {
  const client = await play([active("in_progress", 10), failed()]);
  const error = await client.wait(GEN_ID).catch((e) => e);
  expect(error).toBeInstanceOf(GenerationFailedError);
  expect(error.generationId).toBe(GEN_ID);
  expect(error.failure).toEqual({ code: "model_error", message: "The model failed to render." });
  expect(server.requests).toHaveLength(2);
});

test("the wait deadline throws a resumable WaitTimeoutError; waiting again completes", async () => {
  let finished = false;
  server = await startServer((_req, res) => json(res, 200, finished ? completed() : active("in_progress", 30, 50)));
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: server.url });
  const started = Date.now();
  const error = await client.wait(GEN_ID, { timeout: 300 }).catch((e) => e);
  expect(error).toBeInstanceOf(WaitTimeoutError);
  expect(error.generationId).toBe(GEN_ID);
  expect(error.generation.status).toBe("in_progress");
  expect(Date.now() - started).toBeLessThan(1500);
  const polls = server.requests.length;
  expect(polls).toBeGreaterThanOrEqual(3);
  expect(polls).toBeLessThanOrEqual(8);
  finished = true;
  await expect(client.wait(error.generationId)).resolves.toMatchObject({ status: "completed" });
});

test("the deadline also cuts a status request in flight", async () => {
  server = await startServer(hang);
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: server.url, timeout: 30_000 });
  const started = Date.now();
  await expect(client.wait(GEN_ID, { timeout: 200 })).rejects.toBeInstanceOf(WaitTimeoutError);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(server.requests).toHaveLength(1);
});

test("aborting during the sleep between polls rejects at once", async () => {
  const client = await play([active("in_progress", 10, 60_000)]);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 150);
  const started = Date.now();
  await expect(client.wait(GEN_ID, { signal: controller.signal })).rejects.toBeInstanceOf(UserAbortError);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(server.requests).toHaveLength(1);
});

test("aborting while a poll is in flight cancels that request at once", async () => {
  server = await startServer((_req, res, _seen, i) => (i === 0 ? json(res, 200, active("pending", 0, 10)) : hang()));
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: server.url, timeout: 30_000 });
  const controller = new AbortController();
  const waiting = client.wait(GEN_ID, { signal: controller.signal });
  while (server.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
  const aborted = Date.now();
  controller.abort();
  await expect(waiting).rejects.toBeInstanceOf(UserAbortError);
  expect(Date.now() - aborted).toBeLessThan(200);
  expect(server.requests).toHaveLength(2);
});

test("without a server hint, polling backs off from pollInterval towards its cap", async () => {
  const noHint = { ...active("in_progress", 10) } as Record<string, unknown>;
  delete noHint.poll_interval_ms;
  server = await startServer((_req, res) => json(res, 200, noHint));
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: server.url });
  await client.wait(GEN_ID, { timeout: 1200, pollInterval: 50, maxPollInterval: 400 }).catch(() => {});
  const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
  // Jittered to 50–100 % of 50, 100, 200, 400, 400 … ms: a handful of polls, not hundreds.
  expect(server.requests.length).toBeGreaterThanOrEqual(4);
  expect(server.requests.length).toBeLessThanOrEqual(10);
  expect(Math.max(...gaps)).toBeLessThanOrEqual(450);
  expect(gaps.at(-1)!).toBeGreaterThanOrEqual(150);
});
