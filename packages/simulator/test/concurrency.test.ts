/**
 * 200 concurrent submissions under a monthly limit of 100: exactly 100 accepted and 100 quota
 * 429s, no generation lost or duplicated, every accepted one ends, and the list pages through
 * exactly those 100.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { call, generate, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

const KEY = "lt_concurrency_hundred";
let sim: SimulatorProcess;
beforeAll(async () => {
  sim = await startSimulator(["--key", `${KEY}:100`, "--rate-limit", "0", "--speed", "2000", "--workers", "8"]);
});
afterAll(() => sim?.stop());

it("200 concurrent submissions, monthly limit 100", async () => {
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) => generate(sim.url, { model: "ltxv-13b", prompt: `clip ${i}`, duration: 1 }, {}, KEY)),
  );
  const accepted = answers.filter((a) => a.status === 200);
  const refused = answers.filter((a) => a.status === 429);
  expect(accepted).toHaveLength(100);
  expect(refused).toHaveLength(100);
  for (const answer of refused) {
    expect(answer.body.error.code).toBe("quota_exceeded");
    expect(answer.headers.get("retry-after")).toBeNull();
  }
  const ids = accepted.map((a) => a.body.generation_id as string);
  expect(new Set(ids).size).toBe(100);
  // Usage counts each accepted one once: the answers carry 1..100, each exactly once.
  expect(accepted.map((a) => a.body.usage.current_month_usage).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

  const deadline = Date.now() + 30_000;
  let open = new Set(ids);
  while (open.size > 0 && Date.now() < deadline) {
    const results = await Promise.all([...open].map((id) => call(sim.url, `/v1/status/${id}`, { key: KEY })));
    open = new Set(results.filter((r) => !["completed", "failed"].includes(r.body.status)).map((r) => r.body.generation_id));
    if (open.size > 0) await new Promise((r) => setTimeout(r, 100));
  }
  expect(open.size).toBe(0);

  const listed: string[] = [];
  for (let page = 1; ; page++) {
    const { body } = await call(sim.url, `/v1/generations?page=${page}&limit=7`, { key: KEY });
    listed.push(...body.generations.map((g: { generation_id: string }) => g.generation_id));
    expect(body.pagination).toMatchObject({ total: 100, total_pages: 15 });
    if (!body.pagination.has_more) break;
  }
  expect(listed).toHaveLength(100);
  expect(new Set(listed)).toEqual(new Set(ids));

  const user = await call(sim.url, "/v1/user", { key: KEY });
  expect(user.body.usage).toMatchObject({ current_month_usage: 100, monthly_limit: 100, remaining: 0 });
});
