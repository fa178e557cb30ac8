/**
 * With a data directory, the simulator is killed in the middle of processing and started again:
 * every generation is still there, unchanged, and finishes; usage and idempotency keys survive.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { call, generate, startSimulator, waitForEnd } from "./helpers/simulator.ts";

const dataDir = mkdtempSync(join(tmpdir(), "sim-restart-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("survives a crash mid-processing with nothing lost", async () => {
  // One worker at speed 20: each 1 s clip takes about a second, so most are queued at the kill.
  // Without the docs' example, the list holds exactly what this test submitted.
  const args = ["--data-dir", dataDir, "--speed", "20", "--workers", "1", "--rate-limit", "0", "--no-docs-example"];
  const first = await startSimulator(args);
  const submitted = [];
  for (let i = 0; i < 5; i++) {
    const answer = await generate(first.url, { model: "ltxv-13b", prompt: `restart ${i}`, duration: 1, add_audio: i === 2 }, { "idempotency-key": `restart-${i}` });
    expect(answer.status).toBe(200);
    submitted.push(answer.body);
  }
  for (;;) {
    const { body } = await call(first.url, `/v1/status/${submitted[0].generation_id}`);
    if (body.status === "in_progress") break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const before = await Promise.all(submitted.map((s) => call(first.url, `/v1/status/${s.generation_id}`)));
  expect(before.some((b) => ["pending", "in_queue", "in_progress"].includes(b.body.status))).toBe(true);
  await first.stop("SIGKILL");

  const second = await startSimulator(args);
  try {
    expect(second.output()).toMatch(/state in .*simulator\.db \(5 generation\(s\) restored\)/);
    for (const s of submitted) {
      const { final } = await waitForEnd(second.url, s.generation_id);
      expect(final.status).toBe("completed");
      for (const field of ["generation_id", "prompt", "seed", "model", "duration", "resolution", "created_at", "add_audio"]) {
        expect(final[field]).toEqual(s[field]);
      }
      const video = await fetch(final.video_url, { method: "HEAD" });
      expect(video.status).toBe(200);
    }
    const list = await call(second.url, "/v1/generations?limit=100");
    expect(list.body.generations.map((g: { generation_id: string }) => g.generation_id).sort()).toEqual(submitted.map((s) => s.generation_id).sort());
    const user = await call(second.url, "/v1/user");
    expect(user.body.usage.current_month_usage).toBe(5);
    const replay = await generate(second.url, { model: "ltxv-13b", prompt: "restart 0", duration: 1, add_audio: false }, { "idempotency-key": "restart-0" });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.generation_id).toBe(submitted[0].generation_id);
  } finally {
    await second.stop();
  }
});
