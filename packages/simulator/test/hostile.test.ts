/**
 * Malformed and hostile requests, table-driven: each must get a documented 4xx with the contract's
 * error body (a code of ErrorCode), never a 500, a stack trace, or the API key echoed back.
 */
import { connect } from "node:net";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractErrors, ERROR_CODES } from "./helpers/contract.ts";
import { call, DEV_KEY, generate, startSimulator, type Answer, type SimulatorProcess } from "./helpers/simulator.ts";

let sim: SimulatorProcess;
beforeAll(async () => {
  sim = await startSimulator(["--rate-limit", "0", "--speed", "1000"]);
});
afterAll(() => sim?.stop());

const errorSchemaErrors = (body: unknown) => contractErrors("/v1/generate", "post", 400, body);

function expectDocumented4xx(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(typeof answer.body, String(answer.body).slice(0, 200)).toBe("object");
  expect(errorSchemaErrors(answer.body)).toEqual([]);
  expect(ERROR_CODES).toContain(answer.body.error.code);
  expect(answer.body.error.code).toBe(code);
  const text = JSON.stringify(answer.body);
  expect(text).not.toMatch(/at \w+ \(|node:internal|\.ts:\d+/);
  expect(text).not.toContain(DEV_KEY);
}

const ok = { prompt: "A cat" };
type Case = [name: string, send: () => Promise<Answer>, status: number, code: string];

const bodies: Case[] = [
  ["prompt is a number", () => generate(sim.url, { prompt: 42 }), 400, "invalid_parameter"],
  ["prompt is null", () => generate(sim.url, { prompt: null }), 400, "invalid_parameter"],
  ["prompt is an object", () => generate(sim.url, { prompt: { $gt: "" } }), 400, "invalid_parameter"],
  ["duration is a float", () => generate(sim.url, { ...ok, model: "ltxv-13b", duration: 2.5 }), 400, "invalid_parameter"],
  ["duration is huge", () => generate(sim.url, { ...ok, model: "ltxv-13b", duration: 1e308 }), 400, "invalid_parameter"],
  ["seed below -1", () => generate(sim.url, { ...ok, seed: -2 }), 400, "invalid_parameter"],
  ["seed above 2^32-1", () => generate(sim.url, { ...ok, seed: 4294967296 }), 400, "invalid_parameter"],
  ["model is an array", () => generate(sim.url, { ...ok, model: ["kling_25"] }), 400, "invalid_parameter"],
  ["add_audio is a string", () => generate(sim.url, { ...ok, add_audio: "true" }), 400, "invalid_parameter"],
  ["image_url is javascript:", () => generate(sim.url, { ...ok, image_url: "javascript:alert(1)//.png" }), 400, "invalid_parameter"],
  ["image_url to a local file", () => generate(sim.url, { ...ok, image_url: "file:///etc/passwd.png" }), 400, "invalid_parameter"],
  ["unknown field", () => generate(sim.url, { ...ok, admin: true }), 400, "unknown_parameter"],
  ["__proto__ field", () => generate(sim.url, '{"prompt": "x", "__proto__": {"admin": true}}'), 400, "unknown_parameter"],
  ["constructor field", () => generate(sim.url, { ...ok, constructor: { prototype: {} } }), 400, "unknown_parameter"],
  ["a field name with control characters", () => generate(sim.url, { ...ok, "a\u0000b\r\nSet-Cookie: x": 1 }), 400, "unknown_parameter"],
  ["a 10 000-character field name", () => generate(sim.url, { ...ok, ["k".repeat(10_000)]: 1 }), 400, "unknown_parameter"],
  ["JSON array", () => generate(sim.url, "[1,2,3]"), 400, "invalid_json"],
  ["JSON string", () => generate(sim.url, '"prompt"'), 400, "invalid_json"],
  ["JSON null", () => generate(sim.url, "null"), 400, "invalid_json"],
  ["truncated JSON", () => generate(sim.url, '{"prompt": "x"'), 400, "invalid_json"],
  ["empty body", () => generate(sim.url, ""), 400, "invalid_json"],
  ["invalid UTF-8 bytes", () => call(sim.url, "/v1/generate", { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), 400, "invalid_json"],
  ["deeply nested JSON", () => generate(sim.url, `${"[".repeat(5000)}${"]".repeat(5000)}`), 400, "json_too_deep"],
  ["a prompt nested 5000 deep (10 kB; overflowed the stack once)", () => generate(sim.url, `{"prompt":${"[".repeat(5000)}${"]".repeat(5000)}}`), 400, "json_too_deep"],
  ["objects nested 33 deep", () => generate(sim.url, `{"prompt":${'{"a":'.repeat(32)}1${"}".repeat(32)}}`), 400, "json_too_deep"],
  ["brackets inside a string do not count", () => generate(sim.url, { prompt: "[".repeat(100), admin: 1 }), 400, "unknown_parameter"],
  ["a 1 MB body", () => generate(sim.url, { prompt: "x".repeat(1_000_000) }), 413, "payload_too_large"],
  ["a 1 MB chunked body (no Content-Length)", () => chunked(sim.url, 1_000_000), 413, "payload_too_large"],
  ["form-encoded body", () => generate(sim.url, "prompt=x", { "content-type": "application/x-www-form-urlencoded" }), 415, "unsupported_media_type"],
  ["no content type", () => call(sim.url, "/v1/generate", { method: "POST", body: new Blob([JSON.stringify(ok)]) }), 415, "unsupported_media_type"],
];

const paths: Case[] = [
  ["path traversal in a status id", () => call(sim.url, "/v1/status/..%2F..%2Fetc%2Fpasswd"), 400, "invalid_parameter"],
  ["encoded dots as a video id (resolved away by URL rules)", () => call(sim.url, "/v1/video/%2e%2e", { key: null }), 404, "not_found"],
  ["a dot-dot id sent raw", () => raw(sim.url, "GET /v1/video/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "invalid_parameter"],
  ["a NUL byte in an id", () => call(sim.url, "/v1/status/gen_%00"), 400, "invalid_parameter"],
  ["an id with a valid prefix and junk", () => call(sim.url, "/v1/status/gen_686717fe97bd3_055867%27%20OR%201=1"), 400, "invalid_parameter"],
  ["a very long id", () => call(sim.url, `/v1/status/${"a".repeat(5000)}`), 400, "invalid_parameter"],
  ["traversal to an unknown route", () => call(sim.url, "/v1/status/../../etc/passwd"), 404, "not_found"],
  ["wrong method", () => call(sim.url, "/v1/user", { method: "DELETE" }), 405, "method_not_allowed"],
  ["a method Node's parser does not know (raw socket)", () => raw(sim.url, "BREW /v1/generate HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405, "method_not_allowed"],
  ["CONNECT (raw socket)", () => raw(sim.url, "CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: x\r\n\r\n"), 404, "not_found"],
  ["page is negative", () => call(sim.url, "/v1/generations?page=-1"), 400, "invalid_parameter"],
  ["page is enormous", () => call(sim.url, "/v1/generations?page=1e30"), 400, "invalid_parameter"],
  ["limit is text", () => call(sim.url, "/v1/generations?limit=ten"), 400, "invalid_parameter"],
  ["Range is not bytes", () => call(sim.url, "/v1/video/gen_686717fe97bd3_055867", { key: null, headers: { range: "items=0-1" } }), 400, "invalid_parameter"],
];

const headers: Case[] = [
  ["no Authorization", () => call(sim.url, "/v1/user", { key: null }), 401, "missing_api_key"],
  ["Basic instead of Bearer", () => call(sim.url, "/v1/user", { key: null, headers: { authorization: `Basic ${DEV_KEY}` } }), 401, "invalid_api_key"],
  ["Bearer with nothing", () => call(sim.url, "/v1/user", { key: null, headers: { authorization: "Bearer " } }), 401, "invalid_api_key"],
  ["the key with a suffix", () => call(sim.url, "/v1/user", { key: `${DEV_KEY}x` }), 401, "invalid_api_key"],
  ["two keys", () => call(sim.url, "/v1/user", { key: null, headers: { authorization: `Bearer ${DEV_KEY} Bearer ${DEV_KEY}` } }), 401, "invalid_api_key"],
  ["a 10 kB Authorization header", () => call(sim.url, "/v1/user", { key: null, headers: { authorization: `Bearer ${"x".repeat(10_000)}` } }), 401, "invalid_api_key"],
  ["Idempotency-Key over 255 characters", () => generate(sim.url, ok, { "idempotency-key": "k".repeat(256) }), 400, "invalid_parameter"],
  ["Idempotency-Key with spaces", () => generate(sim.url, ok, { "idempotency-key": "a b" }), 400, "invalid_parameter"],
  ["a bad X-Simulator-Fault", () => call(sim.url, "/v1/user", { headers: { "x-simulator-fault": "status=200" } }), 400, "invalid_parameter"],
  ["CR LF in a header (raw socket)", () => raw(sim.url, `GET /v1/user HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\rSet-Cookie: x\r\n\r\n`), 400, "malformed_request"],
  ["header section over Node's limit (raw socket)", () => raw(sim.url, `GET /v1/user HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n${"X-More: b\r\n".repeat(2000)}\r\n`), 431, "headers_too_large"],
  ["no Host header (raw socket)", () => raw(sim.url, `GET /v1/user HTTP/1.1\r\nAuthorization: Bearer ${DEV_KEY}\r\nConnection: close\r\n\r\n`), 400, "malformed_request"],
  ["HTTP/1.0 without Host (raw socket)", () => raw(sim.url, `GET /v1/user HTTP/1.0\r\nAuthorization: Bearer ${DEV_KEY}\r\n\r\n`), 400, "malformed_request"],
  ["an Expect Node does not know is ignored, not 417 (raw socket)", () => raw(sim.url, "GET /v1/user HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nConnection: close\r\n\r\n"), 401, "missing_api_key"],
];

describe.each([
  ["bodies", bodies],
  ["paths and queries", paths],
  ["headers", headers],
])("hostile %s", (_, cases) => {
  it.each(cases)("%s", async (_, send, status, code) => {
    expectDocumented4xx(await send(), status, code);
  });
});

it("a malformed Host header gets the documented 400, and never reaches video_url", async () => {
  const submitted = await generate(sim.url, { model: "ltxv-13b", prompt: "host test", duration: 1 });
  const path = `/v1/status/${submitted.body.generation_id}`;
  const answer = await raw(sim.url, `GET ${path} HTTP/1.1\r\nHost: evil.example"><script>\r\nAuthorization: Bearer ${DEV_KEY}\r\nConnection: close\r\n\r\n`);
  expectDocumented4xx(answer, 400, "malformed_request");
  expect(answer.body.error.param).toBe("Host");
  expect(JSON.stringify(answer.body)).not.toContain("<script>");
});

it("405 lists the methods of the path in Allow, from the spec (HEAD wherever GET is, OPTIONS for CORS)", async () => {
  const user = await call(sim.url, "/v1/user", { method: "PUT" });
  expect(user.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  const generateGet = await call(sim.url, "/v1/generate");
  expect(generateGet.status).toBe(405);
  expect(generateGet.headers.get("allow")).toBe("POST, OPTIONS");
  expect(generateGet.body.error.message).toBe("GET is not a method of /v1/generate; use POST or OPTIONS.");
});

it("headers that arrive too slowly get 408 request_timeout after --headers-timeout", async () => {
  const slow = await startSimulator(["--headers-timeout", "300"]);
  try {
    const started = performance.now();
    const answer = await raw(slow.url, `GET /v1/user HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${DEV_KEY}\r\n`, false);
    expectDocumented4xx(answer, 408, "request_timeout");
    expect(performance.now() - started).toBeLessThan(2_000);
  } finally {
    await slow.stop();
  }
});

/** A POST whose body arrives in chunks without a Content-Length. */
/**
 * Streams a chunked body (no Content-Length) until the server answers. node:http, not fetch: the
 * server answers 413 and closes while the body is still being written, and fetch reports that
 * write's EPIPE instead of the answer that already arrived.
 */
function chunked(url: string, bytes: number): Promise<Answer> {
  const chunk = Buffer.from("x".repeat(64 * 1024));
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(`${url}/v1/generate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${DEV_KEY}` },
    });
    req.on("response", async (res) => {
      answered = true;
      let text = "";
      for await (const part of res) text += part;
      req.destroy(); // the rest of the body is not needed once the answer is in
      const headers = new Headers(Object.entries(res.headers).map(([k, v]) => [k, String(v)] as [string, string]));
      resolve({ status: res.statusCode ?? 0, headers, body: JSON.parse(text) });
    });
    // A write error after the answer is the server closing on an oversized body, as intended.
    req.on("error", (error) => answered || reject(error));
    req.write('{"prompt":"');
    let sent = 0;
    const pump = () => {
      while (!answered && sent < bytes) {
        sent += chunk.byteLength;
        if (!req.write(chunk)) return req.once("drain", pump);
      }
      if (!answered) req.end('"}');
    };
    pump();
  });
}

/** Sends bytes over a raw socket (to send what fetch refuses to) and parses the answer; `finish: false` leaves the request unfinished. */
function raw(url: string, request: string, finish = true): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => (finish ? socket.end(request) : socket.write(request)));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", ...rest] = data.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]);
      const headers = new Headers(head.split("\r\n").slice(1).map((line) => line.split(/:\s*/, 2) as [string, string]));
      let text = rest.join("\r\n\r\n");
      if (headers.get("transfer-encoding") === "chunked") text = text.replace(/^[0-9a-f]+\r\n/, "").replace(/\r\n0\r\n\r\n$/, "");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: left as text so the assertion shows it
      }
      resolve({ status, headers, body });
    });
  });
}
