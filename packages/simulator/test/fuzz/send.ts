/**
 * Sends a fuzz case to the simulator over loopback: node:http for requests it can express (any
 * method token, repeated headers, chunked bodies), a raw TCP socket for the ones it refuses to
 * send (no Host, control bytes, an unfinished request).
 */
import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import type { Case, HttpCase, RawCase } from "./cases.ts";

export interface Answer {
  /** Undefined when the connection closed without an answer. */
  status?: number;
  headers: Headers;
  body: Buffer;
  ms: number;
  /** Why there is no answer (socket error, or the client's own time limit). */
  error?: string;
}

/** A request still unanswered after this long is reported as such (the test's limit is lower). */
const GIVE_UP_MS = 8_000;

let unique = 0;

export function send(url: string, agent: Agent, c: Case): Promise<Answer> {
  return c.kind === "raw" ? sendRaw(url, c) : sendHttp(url, agent, c);
}

function sendHttp(url: string, agent: Agent, c: HttpCase): Promise<Answer> {
  const { host } = new URL(url);
  const headers: string[] = ["Host", host];
  for (const [name, value] of c.headers) {
    // A `times=` fault counts per exact header value: a fresh id makes each send its first one.
    const sent = name === "X-Simulator-Fault" && c.fault?.times ? `${value}; id=fuzz-${process.pid}-${++unique}` : value;
    headers.push(name, sent);
  }
  // Framed either way: node:http chunks GET, DELETE, OPTIONS… bodies only when told to.
  if (c.body) headers.push(...(c.chunked ? ["Transfer-Encoding", "chunked"] : ["Content-Length", String(c.body.byteLength)]));
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: Omit<Answer, "ms">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...answer, ms: performance.now() - started });
    };
    const request = httpRequest(url + c.target, { method: c.method, headers, agent });
    const timer = setTimeout(() => {
      finish({ headers: new Headers(), body: Buffer.alloc(0), error: `no answer within ${GIVE_UP_MS} ms` });
      request.destroy();
    }, GIVE_UP_MS);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const answerHeaders = new Headers();
        for (let i = 0; i < response.rawHeaders.length; i += 2) answerHeaders.append(response.rawHeaders[i]!, response.rawHeaders[i + 1]!);
        finish({ status: response.statusCode, headers: answerHeaders, body: Buffer.concat(chunks) });
      });
      response.on("error", (error) => finish({ headers: new Headers(), body: Buffer.alloc(0), error: error.message }));
    });
    // A write error after the answer started (the server answered early and closed) is not a failure.
    request.on("error", (error) => finish({ headers: new Headers(), body: Buffer.alloc(0), error: error.message }));
    if (!c.body) return void request.end();
    if (!c.chunked) return void request.end(c.body);
    // Chunked: 16 KB at a time, so an oversized body is still arriving when the server answers.
    let offset = 0;
    const pump = () => {
      while (offset < c.body!.byteLength && !settled) {
        const chunk = c.body!.subarray(offset, offset + 16 * 1024);
        offset += chunk.byteLength;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!settled) request.end();
    };
    pump();
  });
}

function sendRaw(url: string, c: RawCase): Promise<Answer> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let failure: string | undefined;
    const socket = connect(Number(port), hostname, () => socket.write(Buffer.from(c.bytes, "latin1")));
    const timer = setTimeout(() => {
      failure = `no answer within ${GIVE_UP_MS} ms`;
      socket.destroy();
    }, GIVE_UP_MS);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (error) => (failure ??= error.message));
    socket.on("close", () => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const parsed = parseAnswer(Buffer.concat(chunks));
      resolve(parsed ? { ...parsed, ms } : { headers: new Headers(), body: Buffer.alloc(0), ms, error: failure ?? "closed without an answer" });
    });
  });
}

/** The first HTTP/1.1 answer in raw bytes (skipping `100 Continue`), with its body by Content-Length or chunks. */
function parseAnswer(data: Buffer): Omit<Answer, "ms"> | undefined {
  let rest = data;
  for (;;) {
    const end = rest.indexOf("\r\n\r\n");
    if (end === -1) return undefined;
    const [statusLine = "", ...lines] = rest.subarray(0, end).toString("latin1").split("\r\n");
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
    if (!status) return undefined;
    const headers = new Headers();
    for (const line of lines) {
      const colon = line.indexOf(":");
      if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const after = rest.subarray(end + 4);
    if (status === 100) {
      rest = after;
      continue;
    }
    if (headers.get("transfer-encoding")?.includes("chunked")) return { status, headers, body: dechunk(after) };
    const length = Number(headers.get("content-length") ?? after.byteLength);
    return { status, headers, body: after.subarray(0, length) };
  }
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf("\r\n", at);
    if (lineEnd === -1) break;
    const size = parseInt(data.subarray(at, lineEnd).toString("latin1"), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
