/** Hooks see every request, response and retry, and nothing anywhere shows the API key. */
import { inspect } from "node:util";
import { afterEach, expect, test } from "vitest";
import { VideoGen } from "../src/index.ts";
import { accepted, API_KEY } from "./helpers/fixtures.ts";
import { errorBody, json, startServer, type TestServer } from "./helpers/server.ts";

let server: TestServer;
afterEach(() => server?.close());

test("hooks report each attempt, with the key redacted; errors and the client never show it", async () => {
  server = await startServer((_req, res, _seen, i) => (i === 0 ? json(res, 503, errorBody("internal_error")) : i === 1 ? json(res, 200, accepted()) : json(res, 401, errorBody("invalid_api_key"))));
  const events: unknown[] = [];
  const client = new VideoGen({
    apiKey: API_KEY,
    baseUrl: server.url,
    retryDelay: 5,
    hooks: {
      onRequest: (e) => events.push(["request", e]),
      onResponse: (e) => events.push(["response", e]),
      onRetry: (e) => events.push(["retry", e]),
    },
  });
  await client.generate({ model: "kling_25", prompt: "A cat" });
  const error = await client.user().catch((e) => e);

  // The key did go to the server…
  expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  // …but nowhere else.
  const shown = [JSON.stringify(events), inspect(events, { depth: 9 }), inspect(client, { depth: 9, showHidden: true }), JSON.stringify(client), inspect(error, { depth: 9 }), String(error.stack)].join("\n");
  expect(shown).not.toContain(API_KEY);

  expect(events.map((e) => (e as [string])[0])).toEqual(["request", "response", "retry", "request", "response", "request", "response"]);
  const [, first] = events[0] as [string, { method: string; url: string; attempt: number; headers: Record<string, string> }];
  expect(first).toMatchObject({ method: "POST", url: `${server.url}/v1/generate`, attempt: 0 });
  expect(first.headers.authorization).toBe("[redacted]");
  expect(first.headers["idempotency-key"]).toBeTruthy();
  expect(events[1]).toEqual(["response", expect.objectContaining({ status: 503, attempt: 0, durationMs: expect.any(Number) })]);
  expect(events[2]).toEqual(["retry", expect.objectContaining({ attempt: 1, delayMs: expect.any(Number), error: expect.objectContaining({ status: 503 }) })]);
});

test("no key: construction fails with what to do", () => {
  const saved = process.env.VIDEOGEN_API_KEY;
  delete process.env.VIDEOGEN_API_KEY;
  try {
    expect(() => new VideoGen()).toThrow(/VIDEOGEN_API_KEY/);
    process.env.VIDEOGEN_API_KEY = "lt_from_env";
    expect(() => new VideoGen()).not.toThrow();
  } finally {
    if (saved === undefined) delete process.env.VIDEOGEN_API_KEY;
    else process.env.VIDEOGEN_API_KEY = saved;
  }
});
