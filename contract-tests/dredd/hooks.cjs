/**
 * Dredd hooks: give every transaction of the bundled spec a request that really causes its
 * documented status on the simulator, and skip — with the reason, logged as `SKIP <name>: <why>` —
 * only what Dredd cannot send. The test (dredd.test.ts) starts the simulator and passes:
 *   VIDEOGEN_BASE_URL, VIDEOGEN_API_KEY (the development key), VIDEOGEN_LIMITED_KEY (a key allowed
 *   one request per hour), VIDEOGEN_SPEC (the bundled openapi.json).
 * Dredd only runs hooks written for its sandbox-less loader: CommonJS, `require("hooks")`.
 */
const hooks = require("hooks");
const { readFileSync } = require("node:fs");

const { VIDEOGEN_BASE_URL: baseUrl, VIDEOGEN_API_KEY: apiKey, VIDEOGEN_LIMITED_KEY: limitedKey, VIDEOGEN_SPEC: specFile } = process.env;
const spec = JSON.parse(readFileSync(specFile, "utf8"));

const deref = (node) => (node && node.$ref ? deref(node.$ref.slice(2).split("/").reduce((at, key) => at[key], spec)) : node);
const idSchema = spec.components.schemas.GenerationId;
const exampleId = idSchema.examples[0];
const generate = spec.paths["/v1/generate"].post;
const maxBodyBytes = generate.requestBody["x-max-body-bytes"];
const textToVideo = deref(generate.requestBody.content["application/json"].examples.TextToVideo).value;

// Filled by beforeAll: a completed generation of the development key.
let completedId;
// Well-formed (the spec's pattern) but never issued: for the 404s.
const unknownId = "gen_0000000000000_000000";
if (!new RegExp(idSchema.pattern).test(unknownId)) throw new Error(`${unknownId} no longer matches GenerationId's pattern`);

const auth = (key) => ({ Authorization: `Bearer ${key}` });
const call = async (method, path, { key = apiKey, body, headers = {} } = {}) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(key ? auth(key) : {}), ...(body ? { "Content-Type": "application/json" } : {}), ...headers },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, json: response.headers.get("content-type")?.startsWith("application/json") ? await response.json() : null };
};

hooks.beforeAll((transactions, done) => {
  (async () => {
    // A real generation to ask about, and the limited key's one request of the hour spent.
    const created = await call("POST", "/v1/generate", { body: textToVideo });
    if (created.status !== 200) throw new Error(`POST /v1/generate answered ${created.status}: ${JSON.stringify(created.json)}`);
    completedId = created.json.generation_id;
    for (let status = created.json.status; status !== "completed"; ) {
      if (status === "failed") throw new Error(`${completedId} failed`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await call("GET", `/v1/status/${completedId}`)).json.status;
    }
    await call("GET", "/v1/user", { key: limitedKey });
  })().then(() => done(), (error) => {
    console.error(`beforeAll: ${error.stack}`);
    process.exit(1);
  });
});

const skip = (transaction, why) => {
  transaction.skip = true;
  console.log(`SKIP ${transaction.name}: ${why}`);
};

/** What makes the server answer each documented status, by status code; `op` is "METHOD /path". */
const causes = {
  200: (t, op) => {
    if (op === "GET /v1/video/{generation_id}") delete t.request.headers.Range; // the whole file
  },
  206: () => {}, // the Range example of the spec
  400: (t, op) => {
    if (op === "POST /v1/generate") t.request.body = JSON.stringify({ ...textToVideo, prompt: undefined }); // missing_parameter
    else if (op === "GET /v1/generations") t.request.uri = t.request.uri.replace(/page=\d+/, "page=0"); // below its minimum
    else if (t.request.uri.includes(completedId)) t.request.uri = t.request.uri.replace(completedId, "not-a-generation-id");
    else t.request.headers["X-Simulator-Fault"] = "not-a-directive"; // the simulator's own malformed header
  },
  401: (t) => delete t.request.headers.Authorization, // missing_api_key
  404: (t) => (t.request.uri = t.request.uri.replace(completedId, unknownId)),
  405: (t, op) => {
    const offered = Object.keys(spec.paths[op.split(" ")[1]]).map((m) => m.toUpperCase());
    t.request.method = ["PUT", "DELETE", "PATCH"].find((m) => !offered.includes(m));
  },
  408: (t) => skip(t, "a 408 needs request headers that stop arriving; Dredd sends each request whole (the simulator's own tests send slow headers)"),
  413: (t) => (t.request.body = JSON.stringify({ ...textToVideo, prompt: "x".repeat(maxBodyBytes) })),
  415: (t) => (t.request.headers["Content-Type"] = "text/plain"),
  416: (t) => (t.request.headers.Range = "bytes=999999999-"),
  429: (t, op) => {
    // A real rate limit is per key; the video is public (no key), so there only the simulator's fault injection answers 429.
    if (op.endsWith("/v1/video/{generation_id}")) t.request.headers["X-Simulator-Fault"] = "status=429";
    else Object.assign(t.request.headers, auth(limitedKey)); // its one request per hour is spent
  },
  431: (t) => (t.request.headers["X-Padding"] = "x".repeat(64 * 1024)),
  500: (t) => (t.request.headers["X-Simulator-Fault"] = "status=500"), // the simulator fails only when asked to
  503: (t) => (t.request.headers["X-Simulator-Fault"] = "status=503"),
};

hooks.beforeEach((t, done) => {
  const op = `${t.request.method} ${t.origin.resourceName}`;
  t.documentedMethod = t.request.method.toLowerCase(); // a 405 cause changes the method sent
  if (t.request.method === "HEAD") {
    skip(t, "Dredd 14 always hands its HTTP library a body, even an empty one, and that library refuses any body on HEAD");
    return done();
  }
  t.request.uri = t.request.uri.replace(exampleId, completedId);
  t.fullPath = t.fullPath.replace(exampleId, completedId);
  Object.assign(t.request.headers, auth(apiKey));
  const cause = causes[t.expected.statusCode];
  if (!cause) skip(t, `no request is known to cause ${t.expected.statusCode}`);
  else cause(t, op);
  t.fullPath = t.request.uri;
  done();
});

/** A schema with every $ref replaced by its target (siblings of a $ref kept, as OpenAPI 3.1 reads them). */
function inline(node, seen = []) {
  if (Array.isArray(node)) return node.map((n) => inline(n, seen));
  if (!node || typeof node !== "object") return node;
  if (node.$ref) {
    if (seen.includes(node.$ref)) throw new Error(`recursive ${node.$ref}: cannot inline`);
    const { $ref, ...siblings } = node;
    return { ...inline(deref({ $ref }), [...seen, $ref]), ...inline(siblings, seen) };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, seen)]));
}

hooks.beforeEachValidation((t, done) => {
  const response = deref(spec.paths[t.origin.resourceName][t.documentedMethod].responses[t.expected.statusCode]);
  const expected = t.expected.headers;
  for (const name of Object.keys(expected)) {
    const lower = name.toLowerCase();
    const real = t.real.headers[lower];
    if (lower === "content-type") {
      // Gavel compares Content-Type as a whole string; `application/json; charset=utf-8` is the
      // spec's `application/json` with a parameter, so the expectation takes the parameter.
      if (real && real.split(";")[0].trim() === expected[name]) expected[name] = real;
      continue;
    }
    // Dredd expects every documented header; the spec requires only those marked `required`
    // (Idempotent-Replayed only answers a replay, Retry-After not a spent monthly quota).
    const documented = Object.entries(response.headers || {}).find(([h]) => h.toLowerCase() === lower);
    if (!documented || !deref(documented[1]).required) delete expected[name];
  }
  // Dredd's OpenAPI 3.1 reader drops oneOf/allOf/if (its warnings say so) and builds a partial
  // schema; the body is checked against the spec's own schema instead, inlined for Gavel (draft-07).
  const json = response.content && response.content["application/json"];
  if (json && json.schema) t.expected.bodySchema = JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", ...inline(json.schema) });
  done();
});
