/**
 * fast-check arbitraries of requests to the simulator: for each operation of the spec, requests
 * built from its schemas with json-schema-faker (seeded by fast-check, so a run replays from its
 * seed), then mutated — odd methods, paths and ids, query values, headers, content types, bodies —
 * plus raw HTTP (raw-cases.ts).
 */
import fc from "fast-check";
import { generateSync } from "json-schema-faker";
import { spec } from "../helpers/contract.ts";
import { OPERATIONS, type Operation, type Parameter } from "./contract.ts";
import { rawCase } from "./raw-cases.ts";

/** A well-formed X-Simulator-Fault the case asked for; `times` ones get a unique `id=` when sent. */
export interface FaultAsk {
  value: string;
  status?: number;
  drop: boolean;
  times: boolean;
}

/** What a case pins, when everything else about it is valid. */
export interface Expectation {
  status: number;
  code?: string;
  param?: string;
}

interface CaseBase {
  /** A short name of what was mutated, for the report and the counterexample. */
  mutation: string;
  method: string;
  /** Path and query as sent. */
  target: string;
  /** The operation whose path the target was built from (the answer is judged by the target itself). */
  operation: Operation;
  expect?: Expectation;
}

export interface HttpCase extends CaseBase {
  kind: "http";
  /** Header pairs in order (Host is added when sent); repeated names allowed. */
  headers: Array<[string, string]>;
  body?: Uint8Array;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
  fault?: FaultAsk;
  /** A fault header that the simulator must refuse with 400 naming X-Simulator-Fault. */
  badFault?: boolean;
}

export interface RawCase extends CaseBase {
  kind: "raw";
  /** Bytes written at once (latin1). */
  bytes: string;
  /** Leave the request unfinished: the server must time the headers out. */
  stall?: boolean;
}

export type Case = HttpCase | RawCase;

export interface CaseContext {
  key: string;
  /** Ids of generations that exist for the key: any may be asked for its status. */
  knownIds: readonly string[];
  /** Ids whose video may be fetched (a completed one renders once, before the run). */
  videoIds: readonly string[];
  /** Node's header size limit: headers above it must get 431. */
  maxHeaderBytes: number;
}

type Json = Record<string, any>;
const components = spec.components as Json;

/** A value of a JSON schema (with `$ref`s into the spec), made by json-schema-faker from a fast-check seed. */
export function fromSchema(schema: Json): fc.Arbitrary<unknown> {
  return fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => generateSync({ ...schema, components } as never, { seed }));
}

const latin1 = (text: string) => Buffer.from(text, "latin1");
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

/** Printable strings for header values (node:http refuses control characters). */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 });

const HOSTILE_STRINGS = [
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "${jndi:ldap://127.0.0.1/a}",
  "\u0000",
  "%00",
  "😀🎬",
  "null",
  "undefined",
  "-1",
  "1e309",
  "0x10",
  "[]",
  "{}",
  " ",
  "a".repeat(3000),
  "gen_",
  "gen_686717fe97bd3_05586",
  "GEN_686717FE97BD3_055867",
  "gen_686717fe97bd3_055867 ",
];
const hostile = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 40 }));

/** Segments inserted into a path as they are (already percent-encoded or dot segments). */
const RAW_SEGMENTS = ["%2e%2e", "..", ".", "%2F", "a%2Fb", "%ZZ", "%00", "gen_%00", "%2e", "%C0%AE%C0%AE", "%ff"];

function pathParameter(parameter: Parameter, ids: readonly string[]): fc.Arbitrary<{ segment: string; mutated: boolean }> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids).map((id) => ({ segment: id, mutated: false })) },
    { weight: 3, arbitrary: fromSchema(parameter.schema).map((value) => ({ segment: encodeURIComponent(String(value)), mutated: false })) },
    { weight: 2, arbitrary: hostile.map((value) => ({ segment: encodeURIComponent(value), mutated: true })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((segment) => ({ segment, mutated: true })) },
  );
}

const ODD_QUERY_VALUES = ["-1", "0", "1e30", "ten", "", "1.5", " 2", "0x10", "99999999999999999999", "NaN", "Infinity", "1,2", "%00"];

function queryPart(parameter: Parameter): fc.Arbitrary<{ text?: string; mutated: boolean }> {
  const pair = (value: string) => `${encodeURIComponent(parameter.name)}=${value}`;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ mutated: false }) },
    { weight: 4, arbitrary: fromSchema(parameter.schema).map((value) => ({ text: pair(encodeURIComponent(String(value))), mutated: false })) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_QUERY_VALUES).map((value) => ({ text: pair(encodeURIComponent(value)), mutated: true })) },
    { weight: 1, arbitrary: hostile.map((value) => ({ text: pair(encodeURIComponent(value)), mutated: true })) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(100), fc.nat(100)).map(([a, b]) => ({ text: `${pair(String(a))}&${pair(String(b))}`, mutated: true })) },
  );
}

const EXTRA_QUERY = ["foo=bar", "&&&", "page", "=1", "limit[]=1", "a=%ZZ", `x=${"q".repeat(2000)}`, "__proto__[admin]=1"];

function target(operation: Operation, ctx: CaseContext): fc.Arbitrary<{ target: string; mutations: string[] }> {
  const ids = operation.path.includes("/video/") ? ctx.videoIds : ctx.knownIds;
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === "path");
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === "query");
  return fc
    .record({
      segments: fc.tuple(...pathParameters.map((parameter) => pathParameter(parameter, ids))),
      query: fc.tuple(...queryParameters.map(queryPart)),
      extra: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...EXTRA_QUERY) }),
      pathMutation: fc.oneof(
        { weight: 40, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom("/extra", "/", "//", "/.", "/..", "%20") },
        { weight: 1, arbitrary: fc.constantFrom("v2", "V1", "api/v1", "") },
      ),
    })
    .map(({ segments, query, extra, pathMutation }) => {
      const mutations: string[] = [];
      let path = operation.path;
      pathParameters.forEach((parameter, index) => {
        const { segment, mutated } = segments[index]!;
        if (mutated) mutations.push("id");
        path = path.replace(`{${parameter.name}}`, segment);
      });
      if (pathMutation !== undefined) {
        mutations.push("path");
        path = pathMutation.startsWith("/") || pathMutation.startsWith("%") ? path + pathMutation : path.replace(/^\/v1/, pathMutation ? `/${pathMutation}` : "");
      }
      const parts = query.filter((part) => part.text !== undefined).map((part) => part.text!);
      if (query.some((part) => part.mutated)) mutations.push("query");
      if (extra !== undefined) {
        parts.push(extra);
        mutations.push("query");
      }
      return { target: parts.length > 0 ? `${path}?${parts.join("&")}` : path, mutations };
    });
}

function authorization(ctx: CaseContext): fc.Arbitrary<{ value?: string; mutated: boolean }> {
  const odd = [
    `Basic ${ctx.key}`,
    "Bearer ",
    "Bearer",
    `bearer ${ctx.key}`,
    `Bearer  ${ctx.key}`,
    `Bearer ${ctx.key} extra`,
    `Bearer ${ctx.key}x`,
    "Bearer lt_not_a_known_key",
    `Token ${ctx.key}`,
    `Bearer ${"x".repeat(8000)}`,
    `Bearer ${ctx.key}, Bearer ${ctx.key}`,
  ];
  return fc.oneof(
    { weight: 16, arbitrary: fc.constant({ value: `Bearer ${ctx.key}`, mutated: false }) },
    { weight: 1, arbitrary: fc.constant({ mutated: true }) },
    { weight: 2, arbitrary: fc.constantFrom(...odd).map((value) => ({ value, mutated: true })) },
    { weight: 1, arbitrary: headerText.map((value) => ({ value, mutated: true })) },
  );
}

const ODD_CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/JSON",
  "application/json;;;",
  "application/json; charset=utf-16",
  "application/problem+json",
  "",
  "*/*",
  "application/json, text/plain",
  "application/jsonx",
];

function contentType(): fc.Arbitrary<{ value?: string; mutated: boolean }> {
  return fc.oneof(
    { weight: 14, arbitrary: fc.constant({ value: "application/json", mutated: false }) },
    { weight: 1, arbitrary: fc.constant({ value: "application/json; charset=utf-8", mutated: false }) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_CONTENT_TYPES).map((value) => ({ value, mutated: true })) },
    { weight: 1, arbitrary: fc.constant({ mutated: true }) },
  );
}

/** The statuses a fault may ask for on this operation: 429 and the 5xx it declares. */
function faultStatuses(operation: Operation): number[] {
  return [...operation.statuses].filter((status) => status === 429 || status >= 500).sort();
}

function wellFormedFault(operation: Operation): fc.Arbitrary<FaultAsk> {
  return fc
    .record({
      action: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...faultStatuses(operation)) }, { weight: 1, arbitrary: fc.constant("drop" as const) }),
      latency: fc.option(fc.nat(20), { nil: undefined }),
      retryAfter: fc.option(fc.nat(10), { nil: undefined }),
      after: fc.boolean(),
      times: fc.boolean(),
      spacing: fc.constantFrom("; ", ";", " ; "),
    })
    .map(({ action, latency, retryAfter, after, times, spacing }) => {
      const directives = [action === "drop" ? "drop" : `status=${action}`];
      if (latency !== undefined) directives.push(`latency=${latency}`);
      if (retryAfter !== undefined) directives.unshift(`retry-after=${retryAfter}`);
      if (after) directives.push("after");
      if (times) directives.push("times=1");
      return { value: directives.join(spacing), ...(action === "drop" ? { drop: true } : { status: action, drop: false }), times };
    });
}

const MALFORMED_FAULTS = [
  "status=200",
  "status=502",
  "status=504",
  "status=abc",
  "status=",
  "latency=-1",
  "latency=999999",
  "times=0",
  "retry-after=x",
  "explode",
  "status=5000",
  "drop;status=600",
  "latency=1.5",
];

type Extra = { headers: Array<[string, string]>; mutation?: string; tooLarge?: boolean };

function extraHeaders(ctx: CaseContext): fc.Arbitrary<Extra> {
  const none: Extra = { headers: [] };
  return fc.oneof(
    { weight: 14, arbitrary: fc.constant(none) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 8000 }).map((n) => ({ headers: [["X-Padding", "a".repeat(n)]], mutation: "big header" }) as Extra) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: ctx.maxHeaderBytes + 1000, max: ctx.maxHeaderBytes * 3 })
        .map((n) => ({ headers: [["X-Padding", "a".repeat(n)]], mutation: "huge header", tooLarge: true }) as Extra),
    },
    { weight: 1, arbitrary: fc.nat({ max: 150 }).map((n) => ({ headers: Array.from({ length: n }, (_, i) => [`X-N${i}`, String(i)]), mutation: "many headers" }) as Extra) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<Array<[string, string]>>(
          [["Expect", "100-continue"]],
          [["Expect", "teapot"]],
          [["Accept", "application/xml"]],
          [["Accept-Encoding", "gzip, br, zstd"]],
          [["Origin", "https://evil.example"]],
          [["X-Forwarded-Host", "evil.example"]],
          [["Forwarded", "for=1.2.3.4;host=evil.example"]],
          [["Cookie", `session=${"c".repeat(3000)}`]],
          [["X-Request-Id", "<script>"]],
          [["Range", "bytes=0-0"]],
          [["If-None-Match", "*"]],
          [["Accept", "\u00e9\u00ff"]],
        )
        .map((headers) => ({ headers, mutation: "odd header" })),
    },
  );
}

const INVALID_JSON = ['{"prompt": "x"', "{prompt: 'x'}", "{,}", "NaN", '{"a":1,}', "\u00ef\u00bb\u00bf{}", "[", '{"prompt": "\\x"}', "tru", "{}}", '{"prompt":"a"}\u0000'];

type Body = { bytes: Uint8Array; mutation?: string; expect?: Expectation; chunked?: boolean };

function body(operation: Operation): fc.Arbitrary<Body> {
  const schema = operation.body!.schema;
  const max = operation.body!.maxBytes;
  const json = (value: unknown) => utf8(JSON.stringify(value));
  return fc.oneof(
    { weight: 12, arbitrary: fromSchema(schema).map((value) => ({ bytes: json(value) })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fromSchema(schema), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), fc.nat())
        .map(([value, name, odd, pick]) => {
          const object = (value && typeof value === "object" ? { ...(value as Json) } : {}) as Json;
          const keys = Object.keys(object);
          const key = keys.length > 0 && pick % 3 > 0 ? keys[pick % keys.length]! : name;
          if (pick % 3 === 2) delete object[key];
          else object[key] = odd;
          return { bytes: json(object), mutation: "body field" };
        }),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ bytes: json(value), mutation: "body JSON" })) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.constantFrom(...INVALID_JSON), fc.string({ maxLength: 30 })).map((text) => ({ bytes: latin1(text), mutation: "invalid JSON" })),
    },
    {
      weight: 1,
      arbitrary: fc.record({ depth: fc.integer({ min: 2, max: 20_000 }), open: fc.constantFrom("[", '{"a":'), inPrompt: fc.boolean() }).map(({ depth, open, inPrompt }) => {
        const close = open === "[" ? "]" : "}";
        const nested = open.repeat(depth) + (open === "[" ? "" : "1") + close.repeat(depth);
        const text = inPrompt ? `{"prompt":${nested}}` : nested;
        const deepest = depth + (inPrompt ? 1 : 0);
        // Too deep is checked once the size is known to be within the limit.
        const pinned = deepest > 32 && text.length <= max;
        return { bytes: latin1(text), mutation: "deep nesting", ...(pinned ? { expect: { status: 400, code: "json_too_deep" } } : {}) };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ size: fc.integer({ min: max + 1, max: max * 2 }), chunked: fc.boolean() }).map(({ size, chunked }) => ({
        bytes: latin1(`{"prompt":"${"x".repeat(size)}"}`),
        mutation: "oversized body",
        chunked,
        expect: { status: 413, code: "payload_too_large" },
      })),
    },
    { weight: 1, arbitrary: fc.constant({ bytes: new Uint8Array(0), mutation: "empty body", expect: { status: 400, code: "invalid_json" } }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ bytes, mutation: "binary body" })) },
  );
}

const ODD_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "QUERY", "PROPFIND", "MKCOL", "LOCK", "PURGE"];

function httpCase(operation: Operation, ctx: CaseContext): fc.Arbitrary<HttpCase> {
  const specMethod = operation.method.toUpperCase();
  return fc
    .record({
      method: fc.oneof({ weight: 15, arbitrary: fc.constant(specMethod) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_METHODS) }),
      target: target(operation, ctx),
      auth: operation.authenticated
        ? authorization(ctx)
        : fc.oneof({ weight: 5, arbitrary: fc.constant({ mutated: false } as { value?: string; mutated: boolean }) }, { weight: 1, arbitrary: authorization(ctx) }),
      headerParameters: fc.tuple(
        ...operation.parameters
          .filter((parameter) => parameter.in === "header")
          .map((parameter) =>
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(undefined) },
              { weight: 3, arbitrary: fromSchema(parameter.schema).map((value) => [parameter.name, String(value), false] as const) },
              { weight: 1, arbitrary: headerText.map((value) => [parameter.name, value, true] as const) },
            ),
          ),
      ),
      contentType: operation.body ? contentType() : fc.constant({ mutated: false } as { value?: string; mutated: boolean }),
      body: operation.body
        ? body(operation)
        : fc.oneof({ weight: 20, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ bytes: utf8(JSON.stringify(value)), mutation: "body on a read" }) as Body) }),
      fault: fc.oneof(
        { weight: 20, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: wellFormedFault(operation).map((fault) => ({ fault })) },
        { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_FAULTS).map((value) => ({ bad: value })) },
      ),
      extra: extraHeaders(ctx),
    })
    .map(({ method, target: { target: path, mutations }, auth, headerParameters, contentType: type, body: sent, fault, extra }) => {
      const headers: Array<[string, string]> = [];
      const mutation = [...mutations];
      if (method !== specMethod) mutation.push("method");
      if (auth.value !== undefined) headers.push(["Authorization", auth.value]);
      if (auth.mutated) mutation.push("auth");
      for (const parameter of headerParameters) {
        if (!parameter) continue;
        headers.push([parameter[0], parameter[1]]);
        if (parameter[2]) mutation.push("header parameter");
      }
      if (sent && type.value !== undefined) headers.push(["Content-Type", type.value]);
      if (sent && !operation.body) headers.push(["Content-Type", "application/json"]);
      if (type.mutated && sent) mutation.push("content type");
      if (sent?.mutation) mutation.push(sent.mutation);
      if (fault && "fault" in fault) {
        headers.push(["X-Simulator-Fault", fault.fault.value]);
        mutation.push("fault");
      }
      if (fault && "bad" in fault) {
        headers.push(["X-Simulator-Fault", fault.bad]);
        mutation.push("malformed fault");
      }
      headers.push(...extra.headers);
      if (extra.mutation) mutation.push(extra.mutation);
      // A case pins its answer only when that one thing is wrong: the rest must be valid.
      const only = (name: string) => mutation.length === 1 && mutation[0] === name;
      let expect: Expectation | undefined;
      if (extra.tooLarge) expect = { status: 431, code: "headers_too_large" };
      else if (sent?.expect && only(sent.mutation!)) expect = sent.expect;
      else if (fault && "bad" in fault && only("malformed fault")) expect = { status: 400, code: "invalid_parameter", param: "X-Simulator-Fault" };
      const built: HttpCase = {
        kind: "http",
        mutation: mutation.length > 0 ? mutation.join(", ") : "valid",
        method,
        target: path,
        operation,
        headers,
        ...(sent ? { body: sent.bytes } : {}),
        ...(sent?.chunked ? { chunked: true } : {}),
        ...(fault && "fault" in fault ? { fault: fault.fault } : {}),
        ...(fault && "bad" in fault ? { badFault: true } : {}),
        ...(expect ? { expect } : {}),
      };
      return built;
    });
}

/** Every operation, each as often; most requests go through node:http, a few as raw HTTP. */
export function caseArbitrary(ctx: CaseContext): fc.Arbitrary<Case> {
  return fc.oneof(
    ...OPERATIONS.map((operation) => ({
      weight: 1,
      arbitrary: fc.oneof({ weight: 30, arbitrary: httpCase(operation, ctx) as fc.Arbitrary<Case> }, { weight: 1, arbitrary: rawCase(operation, ctx) as fc.Arbitrary<Case> }),
    })),
  );
}

/** How a case prints in a counterexample: short, with long values cut. */
export function describeCase(c: Case): string {
  const cut = (text: string, n = 120) => (text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text);
  if (c.kind === "raw") return `[${c.mutation}] raw ${JSON.stringify(cut(c.bytes, 160))}${c.stall ? " (unfinished)" : ""}`;
  const headers = c.headers.map(([name, value]) => `${name}: ${cut(value, 60)}`).join(" | ");
  const sent = c.body ? ` body(${c.body.byteLength} B${c.chunked ? ", chunked" : ""}): ${JSON.stringify(cut(Buffer.from(c.body).toString("latin1")))}` : "";
  return `[${c.mutation}] ${c.method} ${cut(c.target)} {${headers}}${sent}`;
}
