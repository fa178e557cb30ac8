/**
 * Raw HTTP that node:http refuses to send: no Host, HTTP/1.0, control bytes in a header, methods
 * Node does not know, CONNECT, conflicting framing, huge headers, requests left unfinished. Each
 * pins the answer the contract gives it, where there is one.
 */
import fc from "fast-check";
import type { CaseContext, Expectation, RawCase } from "./cases.ts";
import { OPERATIONS, type Operation } from "./contract.ts";

/** An operation's target with a valid id and no query: what the raw cases aim at. */
export function plainTarget(operation: Operation, ctx: CaseContext): string {
  const ids = operation.path.includes("/video/") ? ctx.videoIds : ctx.knownIds;
  return operation.path.replace(/\{[^}]+\}/g, ids[0]!);
}

export function rawCase(operation: Operation, ctx: CaseContext): fc.Arbitrary<RawCase> {
  const method = operation.method.toUpperCase();
  const path = plainTarget(operation, ctx);
  const auth = `Authorization: Bearer ${ctx.key}\r\n`;
  const raw = (mutation: string, bytes: string, expect?: Expectation, extra: Partial<RawCase> = {}): RawCase => ({
    kind: "raw",
    mutation,
    method,
    target: path,
    operation,
    bytes,
    ...(expect ? { expect } : {}),
    ...extra,
  });
  const malformed = (param?: string): Expectation => ({ status: 400, code: "malformed_request", ...(param ? { param } : {}) });
  const alternatives: Array<[number, fc.Arbitrary<RawCase>]> = [
    // (Unfinished requests are sent beside the batches, by slowHeaderCases: each one takes the
    // server's headers timeout to answer, which would hold a whole batch.)
    [4, fc.constant(raw("no Host", `${method} ${path} HTTP/1.1\r\n${auth}Connection: close\r\n\r\n`, malformed("Host")))],
    [4, fc.constant(raw("HTTP/1.0 without Host", `${method} ${path} HTTP/1.0\r\n${auth}\r\n`, malformed("Host")))],
    [
      4,
      fc
        .constantFrom("\u0001", "\u0000", "\u007f", "a\rb", "\u001b[31m")
        .map((bad) => raw("control byte in a header", `${method} ${path} HTTP/1.1\r\nHost: x\r\nX-Bad: a${bad}b\r\nConnection: close\r\n\r\n`, malformed())),
    ],
    [4, fc.constant(raw("space in a header name", `${method} ${path} HTTP/1.1\r\nHost: x\r\nX Bad: 1\r\nConnection: close\r\n\r\n`, malformed()))],
    [
      4,
      fc.constant(
        raw("Content-Length and chunked", `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`, malformed(), {
          method: "POST",
        }),
      ),
    ],
    [
      4,
      fc
        .constantFrom("FOO", "BREW", "get", "Post", "X-CUSTOM", "GETS")
        .map((token) => raw("unknown method", `${token} ${path} HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`, { status: 405, code: "method_not_allowed" }, { method: token })),
    ],
    [4, fc.constant(raw("CONNECT", `CONNECT ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, { status: 405, code: "method_not_allowed" }, { method: "CONNECT" }))],
    [4, fc.constant(raw("garbage request line", "HELLO\r\n\r\n", malformed(), { target: "/" }))],
    [
      4,
      fc
        .integer({ min: ctx.maxHeaderBytes + 100, max: ctx.maxHeaderBytes * 2 })
        .map((n) => raw("huge header", `${method} ${path} HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(n)}\r\nConnection: close\r\n\r\n`, { status: 431, code: "headers_too_large" })),
    ],
    // Well-formed but unusual: answered like any request (no pinned status).
    [4, fc.constant(raw("absolute-form target", `${method} http://localhost${path} HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`))],
    [4, fc.constant(raw("Upgrade", `${method} ${path} HTTP/1.1\r\nHost: x\r\n${auth}Upgrade: websocket\r\nConnection: Upgrade, close\r\n\r\n`))],
    [4, fc.constant(raw("folded header", `${method} ${path} HTTP/1.1\r\nHost: x\r\n${auth}X-Folded: a\r\n b\r\nConnection: close\r\n\r\n`))],
  ];
  return fc.oneof(...alternatives.map(([weight, arbitrary]) => ({ weight, arbitrary })));
}

/** Requests whose headers never finish, one per operation: the server must answer 408 in time. */
export function slowHeaderCases(ctx: CaseContext): RawCase[] {
  return OPERATIONS.map((operation) => {
    const method = operation.method.toUpperCase();
    const path = plainTarget(operation, ctx);
    return {
      kind: "raw",
      mutation: "slow headers",
      method,
      target: path,
      operation,
      bytes: `${method} ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ctx.key}\r\n`,
      stall: true,
      expect: { status: 408, code: "request_timeout" },
    };
  });
}
