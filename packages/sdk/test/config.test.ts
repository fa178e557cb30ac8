/**
 * Where the client sends requests: the `baseUrl` option, else VIDEOGEN_BASE_URL, else the contract's
 * server — and a value that cannot work fails at construction, naming itself, instead of later as
 * a network error. Requests go to a loopback server that records the paths it is asked for.
 */
import { afterEach, expect, test } from "vitest";
import { DEFAULT_BASE_URL, VideoGen } from "../src/index.ts";
import { API_KEY } from "./helpers/fixtures.ts";
import { json, startServer, type TestServer } from "./helpers/server.ts";

let server: TestServer;
afterEach(() => server?.close());

/** Runs `fn` with these environment variables (undefined = unset), then restores them. */
function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  try {
    return fn();
  } finally {
    apply(saved);
  }
}

/** A loopback server that answers every request with `{ success: true }`; `server.requests` has the paths. */
async function recordingServer() {
  server = await startServer((_req, res) => json(res, 200, { success: true }));
  return server;
}

test("precedence: the baseUrl option, then VIDEOGEN_BASE_URL, then the contract's server", async () => {
  const { url } = await recordingServer();
  const video = (client: VideoGen) => client.videoUrl("gen_1");

  withEnv({ VIDEOGEN_BASE_URL: undefined }, () => {
    expect(video(new VideoGen({ apiKey: API_KEY }))).toBe(`${DEFAULT_BASE_URL}/v1/video/gen_1`);
  });
  // An empty variable counts as unset, as in shells (`VIDEOGEN_BASE_URL= node app.js`).
  withEnv({ VIDEOGEN_BASE_URL: "" }, () => {
    expect(video(new VideoGen({ apiKey: API_KEY }))).toBe(`${DEFAULT_BASE_URL}/v1/video/gen_1`);
  });
  const fromEnv = withEnv({ VIDEOGEN_BASE_URL: url }, () => new VideoGen({ apiKey: API_KEY }));
  const explicit = withEnv({ VIDEOGEN_BASE_URL: "https://ignored.example" }, () => new VideoGen({ apiKey: API_KEY, baseUrl: `${url}/` }));
  expect(video(fromEnv)).toBe(`${url}/v1/video/gen_1`);
  expect(video(explicit)).toBe(`${url}/v1/video/gen_1`);

  // Both really send their requests there.
  await fromEnv.user();
  await explicit.user();
  expect(server.requests.map((r) => r.url)).toEqual(["/v1/user", "/v1/user"]);
});

test("a base URL ending in /v1, as the API's docs write it, requests /v1/user, not /v1/v1/user", async () => {
  const { url } = await recordingServer();
  for (const base of [`${url}/v1`, `${url}/v1/`, `${url}/api/v1`, `${url}/api/`]) await new VideoGen({ apiKey: API_KEY, baseUrl: base }).user();
  expect(server.requests.map((r) => r.url)).toEqual(["/v1/user", "/v1/user", "/api/v1/user", "/api/v1/user"]);
  expect(new VideoGen({ apiKey: API_KEY, baseUrl: "https://videogenapi.com/api/v1/" }).videoUrl("gen_1")).toBe("https://videogenapi.com/api/v1/video/gen_1");
});

test.each([
  ["127.0.0.1:4010", "no scheme (would be Invalid URL)"],
  ["localhost:4010", "no scheme (parses as the scheme localhost:)"],
  ["videogenapi.com/api", "no scheme"],
  ["ftp://127.0.0.1:4010", "not http(s)"],
  ["http://user:secret@127.0.0.1:4010", "credentials"],
  ["http://127.0.0.1:4010/api?key=1", "a query"],
  ["http://127.0.0.1:4010/#docs", "a fragment"],
  ["", "empty"],
])("baseUrl %j (%s) throws a TypeError naming baseUrl, the value and an example", (value) => {
  const error = (() => {
    try {
      new VideoGen({ apiKey: API_KEY, baseUrl: value });
    } catch (e) {
      return e as Error;
    }
  })();
  expect(error).toBeInstanceOf(TypeError);
  expect(error!.message).toBe(`baseUrl ${JSON.stringify(value)} is not a plain http(s) URL, e.g. "http://127.0.0.1:4010"`);
  expect(error!.message).not.toContain(API_KEY);
});

test("a wrong VIDEOGEN_BASE_URL is named as the source", () => {
  withEnv({ VIDEOGEN_BASE_URL: "127.0.0.1:4010" }, () => {
    expect(() => new VideoGen({ apiKey: API_KEY })).toThrow(
      new TypeError('baseUrl "127.0.0.1:4010" (from VIDEOGEN_BASE_URL) is not a plain http(s) URL, e.g. "http://127.0.0.1:4010"'),
    );
    // The option wins over a broken variable.
    expect(() => new VideoGen({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:4010" })).not.toThrow();
  });
});
