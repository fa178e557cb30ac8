/**
 * A request that gets no answer: the ConnectionError says which origin was asked and why it failed
 * (the system's code, e.g. ECONNREFUSED), and never the API key, in whatever form the error is shown.
 */
import { createServer } from "node:net";
import { inspect } from "node:util";
import { expect, test } from "vitest";
import { ConnectionError, TimeoutError, VideoGen } from "../src/index.ts";
import { API_KEY, GEN_ID } from "./helpers/fixtures.ts";

/** A loopback port nothing listens on: bound by the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Every way an error reaches a person: message, stack, JSON, console.log (with its causes). */
const shown = (error: Error) => [error.message, String(error.stack), JSON.stringify(error), inspect(error, { depth: 9, showHidden: true })].join("\n");

test("a closed port: ConnectionError with ECONNREFUSED and the origin, never the key", async () => {
  const origin = `http://127.0.0.1:${await closedPort()}`;
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: origin, maxRetries: 1, retryDelay: 5 });
  const error = await client.user().catch((e) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error).not.toBeInstanceOf(TimeoutError);
  expect(error.message).toBe(`GET ${origin}/v1/user failed: ECONNREFUSED`);
  // The runtime's own error stays reachable as the cause.
  expect(error.cause).toBeInstanceOf(Error);
  expect(shown(error)).not.toContain(API_KEY);
  expect(shown(error)).not.toContain(API_KEY.slice(8));
});

test("wait() on an unreachable server fails at once with that ConnectionError rather than polling on", async () => {
  const origin = `http://127.0.0.1:${await closedPort()}`;
  const client = new VideoGen({ apiKey: API_KEY, baseUrl: origin, maxRetries: 1, retryDelay: 5 });
  const started = Date.now();
  const error = await client.wait(GEN_ID, { timeout: 30_000 }).catch((e) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error.message).toBe(`GET ${origin}/v1/status/${GEN_ID} failed: ECONNREFUSED`);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(shown(error)).not.toContain(API_KEY);
});
