/** CORS and request ids: a browser app can call the simulator and read the headers its retry logic needs. */
import { afterAll, beforeAll, expect, test } from "vitest";
import { call, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

let sim: SimulatorProcess;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim?.stop());

const EXPOSED = "Retry-After,RateLimit,RateLimit-Policy,Idempotent-Replayed,Content-Range,Content-Length,Accept-Ranges,ETag,X-Request-Id";

test("a preflight is answered 204 before auth, echoing the requested headers", async () => {
  const response = await fetch(`${sim.url}/v1/generate`, {
    method: "OPTIONS",
    headers: { origin: "http://app.test", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
  });
  expect(response.status).toBe(204);
  expect(await response.text()).toBe("");
  expect(Object.fromEntries([...response.headers].filter(([name]) => name.startsWith("access-control") || name === "vary"))).toEqual({
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "authorization,content-type",
    "access-control-allow-methods": "GET,HEAD,PUT,POST,DELETE,PATCH,QUERY",
    "access-control-expose-headers": EXPOSED,
    "access-control-max-age": "600",
    vary: "Access-Control-Request-Headers",
  });
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

test.each([
  ["success", "/v1/user", "lt_dev_videogen_local", 200],
  ["auth error", "/v1/user", null, 401],
  ["unknown path", "/v1/nope", "lt_dev_videogen_local", 404],
])("%s answers carry CORS headers and the request id of their body", async (_, path, key, status) => {
  const answer = await call(sim.url, path, { key, headers: { origin: "http://app.test" } });
  expect(answer.status).toBe(status);
  expect(answer.headers.get("access-control-allow-origin")).toBe("*");
  expect(answer.headers.get("access-control-expose-headers")).toBe(EXPOSED);
  const id = answer.headers.get("x-request-id");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  if (status !== 200) expect(answer.body.request_id).toBe(id);
});
