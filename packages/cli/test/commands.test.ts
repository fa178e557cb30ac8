/** Each command against the simulator process, as people read it and as `--quiet` prints it. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MODEL_KEYS, MODELS } from "@videogenapi/sdk";
import { describe, expect, test } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { probeVideo } from "./helpers/mp4.ts";
import { useSimulator } from "./helpers/simulator.ts";
import { tempDir } from "./helpers/temp-dir.ts";

const sim = useSimulator(2000);
const ID = /gen_[0-9a-f]+_\d+/;

/** One short generation, submitted without waiting; resolves with its id. */
async function submit(prompt = "A cat in a garden"): Promise<string> {
  const { code, stdout } = await runCli(["generate", prompt, "--model", "kling_25", "--duration", "5", "--resolution", "480p", "--quiet"], { env: sim.env });
  expect(code).toBe(0);
  expect(stdout).toMatch(new RegExp(`^${ID.source}\\n$`));
  return stdout.trim();
}

describe("generate", () => {
  test("without --wait prints the id and how to follow it", async () => {
    const { code, stdout, stderr } = await runCli(["generate", "A fox in the snow", "-m", "kling_25", "-d", "5"], { env: sim.env });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(new RegExp(`^Submitted (${ID.source}): kling_25, 5 s, 720p \\(pending\\)\\.\\nUsage this month: \\d+ of 1000\\.\\nFollow it with: videogen wait \\1\\n$`));
  });

  test("--wait --out writes a playable MP4 of the requested size and length; progress lines on a non-terminal stderr", async () => {
    const dir = await tempDir();
    const out = join(dir, "cat.mp4");
    const { code, stdout, stderr } = await runCli(["generate", "A cat in a garden", "-m", "kling_25", "-d", "5", "-r", "480p", "--wait", "--out", out], { env: sim.env });
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Completed ${ID.source} in \\d+ s: ${sim.url}/v1/video/${ID.source}\\nSaved ${out} \\(\\d+ kB\\)\\n$`));
    // Not a terminal: plain lines, no bar or escape codes.
    expect(stderr).toMatch(/^\[0:\d\d\] gen_\S+ completed$/m);
    expect(stderr).toMatch(/^\[0:\d\d\] downloading \d+ kB of \d+ kB \(100%\)$/m);
    expect(stderr).not.toContain("\u001b[");
    expect(await probeVideo(out)).toEqual({ codec: "h264", width: 854, height: 480, duration: 5 });
  });

  test("--quiet --out prints only the path", async () => {
    const dir = await tempDir();
    const { code, stdout, stderr } = await runCli(["generate", "Rain on a window", "-m", "kling_25", "-d", "5", "-r", "480p", "-o", "rain.mp4", "-q"], { env: sim.env, cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(`${join(dir, "rain.mp4")}\n`);
    expect((await readFile(join(dir, "rain.mp4"))).subarray(4, 8).toString()).toBe("ftyp");
  });
});

test("status, wait and download of one generation", async () => {
  const id = await submit();
  const waited = await runCli(["wait", id, "--quiet"], { env: sim.env });
  expect(waited).toMatchObject({ code: 0, stdout: `${sim.url}/v1/video/${id}\n`, stderr: "" });

  const status = await runCli(["status", id], { env: sim.env });
  expect(status.code).toBe(0);
  expect(status.stdout).toContain(`${id}  completed\n  model       kling_25 (Kling 2.5, Kuaishou)\n  video       5 s, 480p, 16:9, text-to-video\n`);
  expect(status.stdout).toContain(`  video_url   ${sim.url}/v1/video/${id}\n`);
  expect((await runCli(["status", id, "-q"], { env: sim.env })).stdout).toBe("completed\n");

  const dir = await tempDir();
  const download = await runCli(["download", id], { env: sim.env, cwd: dir });
  expect(download.code).toBe(0);
  expect(download.stdout).toMatch(new RegExp(`^Saved ${join(dir, `${id}.mp4`)} \\(\\d+ kB\\)\\n$`));
  expect((await probeVideo(join(dir, `${id}.mp4`))).codec).toBe("h264");
});

test("list: one page with --limit and --page, every page with --all", async () => {
  const ids = [await submit("first"), await submit("second"), await submit("third")];
  const page = await runCli(["list", "--limit", "2"], { env: sim.env });
  expect(page.code).toBe(0);
  const [header, ...rows] = page.stdout.trim().split("\n");
  expect(header).toMatch(/^id\s+status\s+model\s+duration\s+res\s+created\s+prompt$/);
  expect(rows.slice(0, 2).map((r) => r.split(/\s+/)[0])).toEqual([ids[2], ids[1]]); // newest first
  expect(rows[2]).toMatch(/^Page 1 of \d+ \(\d+ in all\); next: --page 2$/);

  const second = await runCli(["list", "--limit", "2", "--page", "2", "-q"], { env: sim.env });
  expect(second.stdout.split("\n")[0]).toBe(ids[0]);

  const all = await runCli(["list", "--all", "--limit", "2", "-q"], { env: sim.env });
  const allIds = all.stdout.trim().split("\n");
  expect(allIds.slice(0, 3)).toEqual([ids[2], ids[1], ids[0]]);
  expect(new Set(allIds).size).toBe(allIds.length);
  const single = await runCli(["list", "--limit", "100", "-q"], { env: sim.env });
  expect(allIds).toEqual(single.stdout.trim().split("\n"));
});

test("user shows the account, plan and usage", async () => {
  const { code, stdout } = await runCli(["user"], { env: sim.env });
  expect(code).toBe(0);
  expect(stdout).toMatch(/^.+ <\S+@\S+> \(usr_\w+\)\nPlan:  .+ \(\w+\)\nUsage: \d+ of 1000 generations this month, \d+ left; resets \d{4}-\d\d-\d\dT00:00:00Z\n$/);
  expect((await runCli(["user", "-q"], { env: sim.env })).stdout).toMatch(/^\d+\n$/);
});

test("models is the generated catalog as a table, without a key", async () => {
  const { code, stdout } = await runCli(["models"]);
  expect(code).toBe(0);
  const [header, ...rows] = stdout.trim().split("\n");
  expect(header).toMatch(/^key\s+name\s+tier\s+durations\s+resolutions\s+modes$/);
  expect(rows).toHaveLength(MODEL_KEYS.length);
  for (const [i, key] of MODEL_KEYS.entries()) {
    const m = MODELS[key];
    const durations = m.durations.min === m.durations.max ? `${m.durations.min} s` : `${m.durations.min}-${m.durations.max} s`;
    expect(rows[i]!.split(/\s{2,}/)).toEqual([m.key, m.name, m.tier, durations, m.resolutions.join(", "), m.modes.join(", ")]);
  }
  expect((await runCli(["models", "-q"])).stdout).toBe(`${MODEL_KEYS.join("\n")}\n`);
});

describe("--help", () => {
  test("the program's help lists every command, the environment and the exit codes", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const command of ["generate", "status", "wait", "list", "user", "models", "download"]) expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(stdout).toContain("VIDEOGEN_API_KEY");
    expect(stdout).toContain("VIDEOGEN_BASE_URL");
    expect(stdout).toMatch(/Exit codes:\n  0 +done\n  1 +API error.*\n  2 +usage error.*\n  3 +the generation failed\n  4 +--timeout.*\n  130 +Ctrl-C/);
  });

  test.concurrent.each([
    ["generate", ["<prompt>", "--model", "--duration", "--resolution", "--aspect-ratio", "--image-url", "--seed", "--camera-fixed", "--audio", "--audio-prompt", "--wait", "--out", "--timeout"]],
    ["status", ["<id>"]],
    ["wait", ["<id>", "--out", "--timeout"]],
    ["list", ["--all", "--limit", "--page"]],
    ["user", []],
    ["models", []],
    ["download", ["<id>", "--out"]],
  ])("videogen %s --help", async (command, flags) => {
    const { code, stdout } = await runCli([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: videogen ${command} `));
    for (const flag of [...flags, "--api-key", "--base-url", "--json", "--quiet"]) expect(stdout).toContain(flag);
  });

  test("generate's help shows the catalog's limits, not typed ones", async () => {
    const { stdout } = await runCli(["generate", "--help"]);
    expect(stdout.replace(/\s+/g, " ")).toContain("480p, 720p, 1080p");
  });
});
