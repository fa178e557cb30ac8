/**
 * Ctrl-C while waiting (SIGINT sent to the process, as a terminal does): the wait stops at once, the
 * command exits 130 and prints the command that resumes it.
 */
import type { ChildProcess } from "node:child_process";
import { expect, test } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { useSimulator } from "./helpers/simulator.ts";
import { tempDir } from "./helpers/temp-dir.ts";

// Slow: a 10 s generation runs for a minute or more, so it is surely still running at the SIGINT.
const slow = useSimulator(1);

test("generate --wait --out: SIGINT after the first progress line stops at once and prints how to resume", async () => {
  const dir = await tempDir();
  let sentAt = 0;
  const { code, stdout, stderr } = await runCli(["generate", "A cat in a garden", "-m", "kling_25", "-d", "10", "--wait", "--out", "my cat.mp4"], {
    env: slow.env,
    cwd: dir,
    onStderr(child, soFar) {
      if (!sentAt && /^\[\d+:\d\d\] gen_\S+ /m.test(soFar)) {
        sentAt = performance.now();
        child.kill("SIGINT");
      }
    },
  });
  const exitedAfter = performance.now() - sentAt;
  expect(code).toBe(130);
  expect(stdout).toBe("");
  const id = /^Submitted (gen_\S+):/m.exec(stderr)![1]!;
  expect(stderr).toMatch(new RegExp(`\\nvideogen: Stopped waiting for ${id}; the generation goes on\\.\\n  Resume with: videogen wait ${id} --out 'my cat\\.mp4'\\n$`));
  // The SDK cancels the poll in flight or the sleep between polls at once: no waiting out the interval.
  expect(exitedAfter).toBeLessThan(2000);
}, 60_000);

test("--json: the Interrupted document carries the id and the resume command", async () => {
  const submitted = await runCli(["generate", "A slow dog", "-m", "kling_25", "-d", "10", "-q"], { env: slow.env });
  const id = submitted.stdout.trim();
  let child: ChildProcess | undefined;
  const waiting = runCli(["wait", id, "--json"], { env: slow.env, onSpawn: (c) => (child = c) });
  // In --json mode nothing is printed while waiting: the simulator's log shows when polling began.
  await slow.logged(new RegExp(`GET /v1/status/${id} 200`));
  child!.kill("SIGINT");
  const { code, stdout } = await waiting;
  expect(code).toBe(130);
  expect(JSON.parse(stdout)).toEqual({
    error: { kind: "Interrupted", message: `Stopped waiting for ${id}; the generation goes on.`, exit_code: 130, generation_id: id, resume: `videogen wait ${id}` },
  });
}, 60_000);
