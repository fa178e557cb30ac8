/**
 * The API key is never printed: a recognisable key, given by VIDEOGEN_API_KEY or --api-key, must be
 * absent from stdout and stderr of successful commands, API errors (401 included), usage errors and
 * `--json` documents — even where the user typed it into a place that gets echoed.
 */
import { describe, expect, test } from "vitest";
import { runCli, type CliResult } from "./helpers/cli.ts";
import { CANARY_KEY, useSimulator } from "./helpers/simulator.ts";
import { tempDir } from "./helpers/temp-dir.ts";

const sim = useSimulator(2000);
/** Not accepted by the simulator: every request with it is a 401. */
const UNKNOWN_CANARY = "lt_canary_unknown_91b3e07d_must_never_print";

function expectNoKey(result: CliResult, key: string) {
  expect(result.stdout).not.toContain(key);
  expect(result.stderr).not.toContain(key);
}

describe.each([
  ["VIDEOGEN_API_KEY", (key: string) => ({ env: { VIDEOGEN_API_KEY: key }, args: [] as string[] })],
  ["--api-key", (key: string) => ({ env: {}, args: ["--api-key", key] })],
])("key from %s", (_source, given) => {
  const run = (key: string, args: string[], cwd?: string) => {
    const { env, args: keyArgs } = given(key);
    return runCli([...args, ...keyArgs], { env: { VIDEOGEN_BASE_URL: sim.url, ...env }, cwd });
  };

  test("successful commands, human and --json", async () => {
    const dir = await tempDir();
    const generated = await run(CANARY_KEY, ["generate", "A cat", "-m", "kling_25", "-d", "5", "-r", "480p", "--wait", "--out", "cat.mp4"], dir);
    expect(generated.code).toBe(0);
    expectNoKey(generated, CANARY_KEY);
    const id = /Completed (gen_\S+) /.exec(generated.stdout)![1]!;
    for (const args of [["list"], ["status", id, "--json"]]) {
      const result = await run(CANARY_KEY, args, dir);
      expect(result.code).toBe(0);
      expectNoKey(result, CANARY_KEY);
    }
  });

  test("401, human and --json", async () => {
    for (const args of [["generate", "A cat", "-m", "kling_25", "-d", "5", "--wait"], ["user", "--json"]]) {
      const result = await run(UNKNOWN_CANARY, args);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain("invalid_api_key");
      expectNoKey(result, UNKNOWN_CANARY);
    }
  });

  test("the key typed where a value is echoed back is scrubbed", async () => {
    // A key pasted as a model or as the command itself: the messages that would quote it say [redacted].
    const asModel = await run(CANARY_KEY, ["generate", "A cat", "--model", CANARY_KEY]);
    expect(asModel.code).toBe(2);
    expect(asModel.stderr).toBe('videogen: --model: model "[redacted]" is not allowed; allowed: ' + asModel.stderr.split("allowed: ")[1]);
    expectNoKey(asModel, CANARY_KEY);
    const asCommand = await run(CANARY_KEY, [CANARY_KEY, "--json"]);
    expect(asCommand.code).toBe(2);
    expect(JSON.parse(asCommand.stdout).error.message).toBe("unknown command '[redacted]'");
    expectNoKey(asCommand, CANARY_KEY);
  });

  test("a connection error and a bad base URL", async () => {
    const refused = await runCli(["user", ...given(CANARY_KEY).args], { env: { ...given(CANARY_KEY).env, VIDEOGEN_BASE_URL: "http://127.0.0.1:9" } });
    expect(refused.code).toBe(1);
    expectNoKey(refused, CANARY_KEY);
    const malformed = await runCli(["user", ...given(CANARY_KEY).args], { env: { ...given(CANARY_KEY).env, VIDEOGEN_BASE_URL: "not a url" } });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^videogen: --base-url \/ VIDEOGEN_BASE_URL: baseUrl "not a url" is not a plain http\(s\) URL/);
    expectNoKey(malformed, CANARY_KEY);
  });
});

test("--help shows where the key comes from, never its value", async () => {
  const result = await runCli(["generate", "--help"], { env: { VIDEOGEN_API_KEY: CANARY_KEY } });
  expect(result.stdout).toContain("(env: VIDEOGEN_API_KEY)");
  expectNoKey(result, CANARY_KEY);
});
