/**
 * kill -9 at a random moment under concurrent load, three times over: every generation whose 200
 * reached the client is there after the restart with the same fields, and so is its
 * Idempotency-Key. (A request killed before its answer may or may not be there; either is fine.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { call, generate, startSimulator } from "./helpers/simulator.ts";

const dataDir = mkdtempSync(join(tmpdir(), "sim-crash-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const CYCLES = 3;
const CLIENTS = 8;
const args = ["--data-dir", dataDir, "--rate-limit", "0", "--monthly-limit", "1000000", "--no-docs-example", "--speed", "100"];
/** What a generate answer and a status answer both carry about the generation. */
const FIELDS = ["generation_id", "type", "model", "prompt", "duration", "resolution", "aspect_ratio", "seed", "add_audio", "audio_prompt", "created_at"];

interface Acknowledged {
  body: Record<string, unknown>;
  sent: Record<string, unknown>;
  key?: string;
}

it(`keeps every acknowledged generation across ${CYCLES} kill -9 restarts under load`, async () => {
  const acknowledged = new Map<string, Acknowledged>();
  const perCycle: number[] = [];
  for (let cycle = 0; cycle <= CYCLES; cycle++) {
    const simulator = await startSimulator(args);
    await expectAllThere(simulator.url, acknowledged);
    if (cycle === CYCLES) {
      await simulator.stop();
      break;
    }
    let running = true;
    const before = acknowledged.size;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; running; n++) {
        const sent = { model: "ltxv-13b", prompt: `crash ${cycle}.${client}.${n}`, duration: 1 + (n % 5), add_audio: n % 3 === 0 };
        const key = n % 2 === 0 ? `crash-${cycle}-${client}-${n}` : undefined;
        let answer;
        try {
          answer = await generate(simulator.url, sent, key ? { "idempotency-key": key } : {});
        } catch {
          return; // the connection died with the process: not acknowledged
        }
        expect(answer.status).toBe(200);
        acknowledged.set(answer.body.generation_id, { body: answer.body, sent, ...(key ? { key } : {}) });
      }
    });
    // Let the load run, then kill at a random moment (at least a few answers in).
    while (acknowledged.size - before < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    await simulator.stop("SIGKILL");
    running = false;
    await Promise.all(clients);
    perCycle.push(acknowledged.size - before);
  }
  console.log(`acknowledged per cycle before kill -9: ${perCycle.join(", ")} (${acknowledged.size} in all), every one found after restart`);
  expect(perCycle.every((count) => count >= 20)).toBe(true);
});

async function expectAllThere(url: string, acknowledged: Map<string, Acknowledged>): Promise<void> {
  const list = await call(url, "/v1/generations?limit=1");
  expect(list.body.pagination.total).toBeGreaterThanOrEqual(acknowledged.size);
  const missing: string[] = [];
  const changed: string[] = [];
  const entries = [...acknowledged.values()];
  // A few at a time: thousands of status calls, in parallel batches.
  for (let start = 0; start < entries.length; start += 16) {
    await Promise.all(
      entries.slice(start, start + 16).map(async ({ body }) => {
        const status = await call(url, `/v1/status/${body.generation_id}`);
        if (status.status !== 200) return void missing.push(String(body.generation_id));
        for (const field of FIELDS) if (JSON.stringify(status.body[field]) !== JSON.stringify(body[field])) changed.push(`${body.generation_id}.${field}`);
      }),
    );
  }
  expect(missing).toEqual([]);
  expect(changed).toEqual([]);
  // Idempotency records are part of the same write: a sample of keys replays the same generation.
  const keyed = entries.filter((entry) => entry.key).slice(-10);
  for (const { body, sent, key } of keyed) {
    const replay = await generate(url, sent, { "idempotency-key": key! });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.generation_id).toBe(body.generation_id);
  }
}
