/** Every documented exit code, each from the case that causes it, against the simulator process. */
import { describe, expect, test } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { useSimulator } from "./helpers/simulator.ts";

const fast = useSimulator(2000);
// Slow enough that a 10 s generation is still running when a short --timeout passes.
const slow = useSimulator(1);

describe("2: usage error, before any request", () => {
  test.concurrent.each([
    [["generate", "A cat", "--model", "veo_3", "--duration", "15"], "videogen: --duration: duration 15 is not allowed for veo_3; allowed: 8\n"],
    [["generate", "A cat", "--model", "no-such-model"], /^videogen: --model: model "no-such-model" is not allowed; allowed: sora-2, /],
    [["generate", "A cat", "--model", "ltxv-13b", "--resolution", "1080p"], "videogen: --resolution: resolution \"1080p\" is not allowed for ltxv-13b; allowed: 480p\n"],
    [["generate", "A cat", "--aspect-ratio", "2:1"], /^videogen: --aspect-ratio: aspect_ratio "2:1" is not allowed; allowed: 16:9, /],
    [["generate", "A cat", "--seed", "abc"], "videogen: --seed: seed \"abc\" is not allowed; allowed: -1 to 4294967295\n"],
    [["generate", "A cat", "--audio-prompt", "birds"], "videogen: --audio-prompt: audio_prompt \"birds\" is not allowed; allowed: only with add_audio: true\n"],
    [["generate", "A cat", "-m", "higgsfield_v1", "--image-url", "https://example.com/cat.png"], /^videogen: --image-url: image_url "https:\/\/example\.com\/cat\.png" is not allowed for higgsfield_v1; allowed: none \(text-to-video only\)\n$/],
    [["generate", ""], /^videogen: <prompt>: prompt "" is not allowed; allowed: length 1 to 1000\n$/],
    [["list", "--limit", "0"], "videogen: --limit: limit \"0\" is not allowed; allowed: 1 to 100\n"],
    [["generate"], "videogen: missing required argument 'prompt'\n  See: videogen generate --help\n"],
    [["generate", "A cat", "--bogus"], "videogen: unknown option '--bogus'\n  See: videogen generate --help\n"],
    [["wait", "gen_x", "--timeout", "soon"], "videogen: option '--timeout <seconds>' argument 'soon' is invalid. Expected a positive number of seconds.\n  See: videogen wait --help\n"],
    [["list", "--all", "--page", "2"], /^videogen: option '-p, --page <n>' cannot be used with option '-a, --all'\n/],
    [["frobnicate"], /^videogen: unknown command 'frobnicate'\n/],
  ])("videogen %j", async (args, expected) => {
    // The simulator is named, so a request (if one were made) would be answered: these fail before any.
    const { code, stdout, stderr } = await runCli(args, { env: fast.env });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    if (typeof expected === "string") expect(stderr).toBe(expected);
    else expect(stderr).toMatch(expected);
  });

  test("no API key", async () => {
    const { code, stderr } = await runCli(["user"], { env: { VIDEOGEN_BASE_URL: fast.url } });
    expect(code).toBe(2);
    expect(stderr).toBe("videogen: No API key.\n  Set VIDEOGEN_API_KEY or pass --api-key.\n");
  });

  test("no command prints the help on stderr", async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Usage: videogen /);
  });
});

describe("1: API error", () => {
  test("401 for an unknown key", async () => {
    const { code, stderr } = await runCli(["user"], { env: { ...fast.env, VIDEOGEN_API_KEY: "lt_unknown_key_for_401" } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^videogen: 401 invalid_api_key: .+\n  401: the key is malformed, unknown or revoked\. Check the key\.\n$/);
  });

  test("400 for a malformed generation id", async () => {
    const { code, stderr } = await runCli(["status", "not-an-id"], { env: fast.env });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^videogen: 400 invalid_parameter: generation_id "not-an-id" is not valid/);
  });

  test("404 for another key's (or no) generation", async () => {
    const { code, stderr } = await runCli(["wait", "gen_000000000000a_000000"], { env: fast.env });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^videogen: 404 not_found: /);
  });

  test("the API cannot be reached", async () => {
    const { code, stderr } = await runCli(["user"], { env: { ...fast.env, VIDEOGEN_BASE_URL: "http://127.0.0.1:9" } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^videogen: GET http:\/\/127\.0\.0\.1:9\/v1\/user failed: .+\n  Check --base-url \/ VIDEOGEN_BASE_URL and the network\.\n$/);
  });

  test("download of a generation that is still running says how to wait for it", async () => {
    const submitted = await runCli(["generate", "Still rendering", "-m", "kling_25", "-d", "10", "-q"], { env: slow.env });
    const id = submitted.stdout.trim();
    const { code, stderr } = await runCli(["download", id, "--out", "later.mp4"], { env: slow.env });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^videogen: ${id} is not finished yet \\((pending|in_queue|in_progress).*\\)\\.\\n  Resume with: videogen wait ${id} --out later\\.mp4\\n$`));
  });
});

describe("3: the generation failed", () => {
  test("generate --wait on a prompt the simulator fails", async () => {
    const { code, stdout, stderr } = await runCli(["generate", "A cat [fail:content_policy]", "-m", "kling_25", "-d", "5", "-r", "480p", "--wait"], { env: fast.env });
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^videogen: Generation (gen_\S+) failed \(content_policy\): .+\n/m);
    // The catalog's advice for the code, unless the message already says it.
    const id = /Generation (gen_\S+) failed/.exec(stderr)![1]!;
    const download = await runCli(["download", id], { env: fast.env });
    expect(download.code).toBe(3);
    expect(download.stderr).toContain(`Generation ${id} failed (content_policy)`);
  });
});

describe("4: timed out", () => {
  test("--timeout passes while the generation runs, and the id to resume with is printed", async () => {
    const { code, stderr } = await runCli(["generate", "A slow cat", "-m", "kling_25", "-d", "10", "--wait", "--timeout", "1"], { env: slow.env });
    expect(code).toBe(4);
    const id = /^Submitted (gen_\S+):/m.exec(stderr)![1];
    expect(stderr).toMatch(new RegExp(`^videogen: Timed out waiting for ${id} \\(still (pending|in_queue|in_progress).*\\); the generation goes on\\.\\n  Resume with: videogen wait ${id}\\n$`, "m"));
  });
});
