/** Error classes: status mapping, and instanceof across two copies of the SDK. */
import { expect, test } from "vitest";
import * as sdk from "../src/core/errors.ts";

const headers = new Headers({ "retry-after": "3" });
const body = (code: string) => ({ success: false, error: { code, message: "m", param: "duration" }, request_id: "r-1" });

test("each documented status maps to its class, carrying the typed body", () => {
  const cases: [number, string, typeof sdk.APIError][] = [
    [400, "invalid_parameter", sdk.BadRequestError],
    [401, "invalid_api_key", sdk.AuthenticationError],
    [404, "not_found", sdk.NotFoundError],
    [429, "rate_limited", sdk.RateLimitError],
    [500, "internal_error", sdk.InternalServerError],
    [503, "internal_error", sdk.InternalServerError],
    [413, "payload_too_large", sdk.APIError],
  ];
  for (const [status, code, Class] of cases) {
    const error = sdk.apiError(status, body(code), headers, "gen_x");
    expect(error.constructor).toBe(Class);
    expect(error).toBeInstanceOf(sdk.APIError);
    expect(error).toBeInstanceOf(sdk.VideoGenError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status, code, param: "duration", requestId: "r-1", generationId: "gen_x", name: Class.kind });
    expect(error.message).toBe(`${status} ${code}: m`);
  }
  expect(sdk.apiError(404, body("not_found"), headers)).not.toBeInstanceOf(sdk.RateLimitError);
});

test("RateLimitError tells rate limit from quota", () => {
  const limited = sdk.apiError(429, body("rate_limited"), headers) as sdk.RateLimitError;
  expect(limited.retryAfter).toBe(3);
  expect(limited.isQuotaExceeded).toBe(false);
  const quota = sdk.apiError(429, body("quota_exceeded"), new Headers()) as sdk.RateLimitError;
  expect(quota.retryAfter).toBeUndefined();
  expect(quota.isQuotaExceeded).toBe(true);
});

test("a body that is not the contract's still gives an APIError", () => {
  const error = sdk.apiError(502, "<html>bad gateway</html>", new Headers());
  expect(error).toBeInstanceOf(sdk.InternalServerError);
  expect(error.code).toBeUndefined();
  expect(error.message).toBe("502 (no error body)");
});

test("instanceof works across two copies of the module (two bundles, ESM beside CJS)", async () => {
  // A query string makes Vite load a second, separate instance of the module.
  const second = "../src/core/errors.ts?copy=2";
  const copy = (await import(/* @vite-ignore */ second)) as typeof sdk;
  expect(copy.RateLimitError).not.toBe(sdk.RateLimitError);
  const foreign = copy.apiError(429, body("rate_limited"), headers);
  expect(foreign).toBeInstanceOf(sdk.RateLimitError);
  expect(foreign).toBeInstanceOf(sdk.APIError);
  expect(foreign).toBeInstanceOf(sdk.VideoGenError);
  expect(foreign).not.toBeInstanceOf(sdk.NotFoundError);
  expect(new copy.TimeoutError("t")).toBeInstanceOf(sdk.ConnectionError);
  expect(new copy.ConnectionError("c")).not.toBeInstanceOf(sdk.TimeoutError);
  expect({}).not.toBeInstanceOf(sdk.VideoGenError);
  expect(new Error("x")).not.toBeInstanceOf(sdk.VideoGenError);
  expect(null).not.toBeInstanceOf(sdk.VideoGenError);
});
