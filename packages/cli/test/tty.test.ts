/**
 * The live progress bar as a person sees it, in a real pseudo-terminal (tmux): the generation bar
 * with status, phase, percent, elapsed and ETA while it runs, then the download bar with bytes; and
 * Ctrl-C pressed during a wait.
 */
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { cliPath } from "./helpers/cli.ts";
import { probeVideo } from "./helpers/mp4.ts";
import { CANARY_KEY, useSimulator } from "./helpers/simulator.ts";
import { openTerminal, type Terminal } from "./helpers/tmux.ts";
import { tempDir } from "./helpers/temp-dir.ts";

// About 4 s for a 5 s 480p video: long enough to see the bar move.
const sim = useSimulator(10);
// Minutes for a 10 s video: surely still running when Ctrl-C is pressed.
const slow = useSimulator(1);
const videogen = `${process.execPath} ${cliPath}`;

let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

const EXITED = /^EXIT:\d+$/m;
const RUNNING = /^Generating  [█░]{30} (\d+)% \| in_progress \(video\) \| (\d+):(\d\d) elapsed \| ETA (\d+:\d\d|--:--)$/m;

test("generate --wait --out: a live bar while it runs, then the download bar, then the saved file", async () => {
  const dir = await tempDir();
  terminal = await openTerminal(`cd ${dir} && ${videogen} generate "A cat in a garden" -m kling_25 -d 5 -r 480p --wait --out cat.mp4`, {
    ...sim.env,
    VIDEOGEN_API_KEY: CANARY_KEY,
  });
  const frames = await terminal.frames((screen) => EXITED.test(screen), 60_000);
  const last = frames.at(-1)!;

  // While it ran: frames of the generation bar, its percent and elapsed time moving forward.
  const running = frames.map((f) => RUNNING.exec(f)).filter((m) => m !== null);
  expect(running.length).toBeGreaterThanOrEqual(2);
  const percents = running.map((m) => Number(m[1]));
  expect(percents.every((p) => p >= 0 && p < 100)).toBe(true);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(Math.max(...percents)).toBeGreaterThan(Math.min(...percents));
  // The bar is one line that is redrawn, never a scroll of lines.
  for (const frame of frames) expect(frame.match(/^Generating /gm)?.length ?? 0).toBeLessThanOrEqual(1);

  expect(last).toMatch(/^Submitted gen_\S+: kling_25, 5 s, 480p \(pending\)\.$/m);
  expect(last).toMatch(/^Generating  █{30} 100% \| completed \| \d+:\d\d elapsed \| ETA 0:00$/m);
  expect(last).toMatch(/^Downloading █{30} 100% \| (\d+ kB) of \1 \| \d+:\d\d elapsed \| ETA \d+:\d\d$/m);
  expect(last).toMatch(new RegExp(`^Saved ${dir}/cat\\.mp4 \\(\\d+ kB\\)$`, "m"));
  expect(last).toMatch(/^EXIT:0$/m);
  expect(frames.join("\n")).not.toContain(CANARY_KEY);
  expect(await probeVideo(join(dir, "cat.mp4"))).toEqual({ codec: "h264", width: 854, height: 480, duration: 5 });
}, 90_000);

test("Ctrl-C during wait: the bar stops, the id to resume with is printed, exit 130", async () => {
  const submitted = await fetch(`${slow.url}/v1/generate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${slow.env.VIDEOGEN_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "kling_25", prompt: "A very slow cat", duration: 10 }),
  });
  const { generation_id: id } = (await submitted.json()) as { generation_id: string };
  terminal = await openTerminal(`${videogen} wait ${id}`, slow.env);
  await terminal.frames((screen) => /^Generating  /m.test(screen));
  await terminal.keys("C-c");
  const last = (await terminal.frames((screen) => EXITED.test(screen), 10_000)).at(-1)!;
  expect(last).toMatch(new RegExp(`^videogen: Stopped waiting for ${id}; the generation goes on\\.\\n  Resume with: videogen wait ${id}\\nEXIT:130$`, "m"));
}, 60_000);
