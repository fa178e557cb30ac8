/** The render queue's order, start times, deduplication and limit, on real timers. */
import { expect, it } from "vitest";
import { RenderQueue } from "../src/adapter/node/render-queue.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

it("runs at most `concurrency` at once, the ready job with the least slack first", async () => {
  const queue = new RenderQueue<string>(1);
  const started: string[] = [];
  const first = gate();
  const now = Date.now();
  const job = (name: string, wait?: Promise<void>) => async () => {
    started.push(name);
    await wait;
    return name;
  };
  const results = [
    queue.run("a", { startAt: now, startBy: now + 300 }, job("a", first.opened)),
    queue.run("b", { startAt: now, startBy: now + 200 }, job("b")),
    queue.run("c", { startAt: now, startBy: now + 100 }, job("c")),
  ];
  await sleep(20);
  expect(started).toEqual(["a"]);
  first.open();
  expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  expect(started).toEqual(["a", "c", "b"]);
});

it("starts a job at its start time, or at once when it is asked for sooner; one run per key", async () => {
  const queue = new RenderQueue<number>(2);
  let runs = 0;
  const task = async () => ++runs;
  const now = Date.now();
  const planned = queue.run("later", { startAt: now + 150, startBy: now + 150 }, task);
  await sleep(50);
  expect(runs).toBe(0);
  const wanted = queue.run("later", { startAt: Date.now(), startBy: Date.now() }, task);
  expect(await wanted).toBe(1);
  expect(await planned).toBe(1);

  const timed = queue.run("timed", { startAt: Date.now() + 100, startBy: Date.now() + 100 }, task);
  const before = Date.now();
  expect(await timed).toBe(2);
  expect(Date.now() - before).toBeGreaterThanOrEqual(90);
  expect(queue.size).toBe(0);
});

it("clear drops the jobs that have not started", async () => {
  const queue = new RenderQueue<string>(1);
  const running = gate();
  const now = Date.now();
  const first = queue.run("running", { startAt: now, startBy: now }, async () => {
    await running.opened;
    return "done";
  });
  const waiting = queue.run("waiting", { startAt: now, startBy: now }, async () => "never");
  queue.clear();
  await expect(waiting).rejects.toThrow(/closing/);
  running.open();
  expect(await first).toBe("done");
});
