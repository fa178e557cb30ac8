/** Retries, timeouts and aborts against a real loopback server that misbehaves on purpose. */
import { afterEach, describe, expect, test } from "vitest";
import { ConnectionError, InternalServerError, RateLimitError, TimeoutError, UserAbortError, VideoGen, type ClientOptions } from "../src/index.ts";
import { send } from "../src/internal/transport.ts";
import { accepted, API_KEY } from "./helpers/fixtures.ts";
import { errorBody, hang, json, reset, startServer, type Handler, type TestServer } from "./helpers/server.ts";

let server: TestServer;
afterEach(() => server?.close());

const user = { success: true, user: { id: "usr_1", email: "a@b.co", name: "A", created_at: "2025-01-01T00:00:00Z" }, plan: { key: "free", name: "Free" }, usage: { current_month_usage: 1, monthly_limit: 100, remaining: 99, resets_at: "2025-02-01T00:00:00Z" } };

async function clientFor(handler: Handler, options: ClientOptions = {}) {
  server = await startServer(handler);
  return new VideoGen({ apiKey: API_KEY, baseUrl: server.url, retryDelay: 10, ...options });
}

describe("GET retries", () => {
  test("429 rate_limited waits Retry-After seconds, then succeeds", async () => {
    const client = await clientFor((_req, res, _seen, i) => (i === 0 ? json(res, 429, errorBody("rate_limited"), { "retry-after": "1" }) : json(res, 200, user)));
    const started = Date.now();
    await expect(client.user()).resolves.toMatchObject({ plan: { key: "free" } });
    expect(server.requests).toHaveLength(2);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("Retry-After as an HTTP date is honoured", async () => {
    const client = await clientFor((_req, res, _seen, i) =>
      i === 0 ? json(res, 429, errorBody("rate_limited"), { "retry-after": new Date(Date.now() + 2000).toUTCString() }) : json(res, 200, user),
    );
    await client.user();
    expect(server.requests).toHaveLength(2);
    // An HTTP date has whole-second precision: at least ~1 s must have passed.
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(900);
  });

  test("a Retry-After beyond maxRetryDelay is not waited for", async () => {
    const client = await clientFor((_req, res) => json(res, 429, errorBody("rate_limited"), { "retry-after": "120" }), { maxRetryDelay: 5000 });
    const error = await client.user().catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(error.isQuotaExceeded).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  test("quota_exceeded is never retried", async () => {
    const client = await clientFor((_req, res) => json(res, 429, errorBody("quota_exceeded", "Monthly limit reached")));
    const error = await client.user().catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.isQuotaExceeded).toBe(true);
    expect(error.status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  test("500 then success: one retry", async () => {
    const client = await clientFor((_req, res, _seen, i) => (i === 0 ? json(res, 500, errorBody("internal_error")) : json(res, 200, user)));
    await expect(client.user()).resolves.toMatchObject({ success: true });
    expect(server.requests).toHaveLength(2);
  });

  test("persistent 500: maxRetries + 1 attempts, then InternalServerError with the typed body", async () => {
    const client = await clientFor((_req, res) => json(res, 503, errorBody("internal_error", "down")), { maxRetries: 3 });
    const error = await client.user().catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, code: "internal_error", requestId: "24076931-9c23-4d18-a1d4-9d5cb5369c62" });
    expect(error.error.error.message).toBe("down");
    expect(server.requests).toHaveLength(4);
  });

  test("408 is retried, other 4xx are not", async () => {
    let client = await clientFor((_req, res, _seen, i) => (i === 0 ? json(res, 408, errorBody("internal_error")) : json(res, 200, user)));
    await client.user();
    expect(server.requests).toHaveLength(2);
    await server.close();
    client = await clientFor((_req, res) => json(res, 401, errorBody("invalid_api_key")));
    await expect(client.user()).rejects.toMatchObject({ name: "AuthenticationError", status: 401 });
    expect(server.requests).toHaveLength(1);
  });

  test("a connection reset is retried", async () => {
    const client = await clientFor((_req, res, _seen, i) => (i === 0 ? reset(res) : json(res, 200, user)));
    await expect(client.user()).resolves.toMatchObject({ success: true });
    expect(server.requests).toHaveLength(2);
  });

  test("resets every time: ConnectionError after maxRetries", async () => {
    const client = await clientFor((_req, res) => reset(res), { maxRetries: 2 });
    const error = await client.user().catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(3);
  });

  test("a hanging server: each attempt times out, then TimeoutError", async () => {
    const client = await clientFor(hang, { timeout: 150, maxRetries: 2 });
    const started = Date.now();
    const error = await client.user().catch((e) => e);
    const took = Date.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(3);
    expect(took).toBeGreaterThanOrEqual(3 * 150 - 20);
    expect(took).toBeLessThan(3000);
  });

  test("the overall deadline ends retries and the attempt in flight", async () => {
    const client = await clientFor(hang, { timeout: 10_000, maxRetries: 5 });
    const started = Date.now();
    const error = await client.user({ deadline: 250 }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  test("the caller's signal aborts the request in flight, with no retry", async () => {
    const client = await clientFor(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await client.user({ signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  test("the caller's signal also cuts the backoff sleep short", async () => {
    const client = await clientFor((_req, res) => json(res, 429, errorBody("rate_limited"), { "retry-after": "30" }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    await expect(client.user({ signal: controller.signal })).rejects.toBeInstanceOf(UserAbortError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });
});

describe("POST /v1/generate", () => {
  const body = { model: "kling_25", prompt: "A cat" } as const;

  test("every retry reuses the one Idempotency-Key the call made", async () => {
    const client = await clientFor((_req, res, _seen, i) => (i < 2 ? json(res, 500, errorBody("internal_error")) : json(res, 200, accepted())));
    const job = await client.generate(body);
    expect(job.generation_id).toBe(accepted().generation_id);
    expect(server.requests).toHaveLength(3);
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[!-~]{16,255}$/);
    expect(new Set(keys).size).toBe(1);
    expect(server.requests.every((r) => JSON.parse(r.body).prompt === "A cat")).toBe(true);
  });

  test("a connection reset on generate is retried with the same key", async () => {
    const client = await clientFor((_req, res, _seen, i) => (i === 0 ? reset(res) : json(res, 200, accepted())));
    await client.generate(body);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.headers["idempotency-key"]).toBe(server.requests[1]!.headers["idempotency-key"]);
  });

  test("two calls use two different keys; a given key is sent as is", async () => {
    const client = await clientFor((_req, res) => json(res, 200, accepted()));
    await client.generate(body);
    await client.generate(body);
    await client.generate(body, { idempotencyKey: "order-42" });
    const [a, b, c] = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(a).not.toBe(b);
    expect(c).toBe("order-42");
  });

  test("a POST without an Idempotency-Key is not retried after a 500", async () => {
    server = await startServer((_req, res) => json(res, 500, errorBody("internal_error")));
    const settings = { maxRetries: 3, timeout: 5000, retryDelay: 10, maxRetryDelay: 1000, hooks: {} };
    const request = { url: `${server.url}/v1/generate`, method: "POST", body: "{}", headers: new Headers({ "content-type": "application/json" }) };
    await expect(send(settings, request, {})).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  test("but a rate-limited POST is retried (the server did not process it)", async () => {
    server = await startServer((_req, res, _seen, i) => (i === 0 ? json(res, 429, errorBody("rate_limited"), { "retry-after": "0" }) : json(res, 200, {})));
    const settings = { maxRetries: 3, timeout: 5000, retryDelay: 10, maxRetryDelay: 1000, hooks: {} };
    const request = { url: `${server.url}/v1/generate`, method: "POST", body: "{}", headers: new Headers() };
    await expect(send(settings, request, {})).resolves.toHaveProperty("status", 200);
    expect(server.requests).toHaveLength(2);
  });
});

test("a malformed base URL throws when the client is made, not as a retried connection error", () => {
  expect(() => new VideoGen({ apiKey: API_KEY, baseUrl: "127.0.0.1:4010" })).toThrow(TypeError);
  expect(() => new VideoGen({ apiKey: API_KEY, baseUrl: "/api" })).toThrow(TypeError);
  expect(new VideoGen({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:4010/" }).videoUrl("gen_1")).toBe("http://127.0.0.1:4010/v1/video/gen_1");
});
