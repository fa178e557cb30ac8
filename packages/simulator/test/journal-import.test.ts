/**
 * Upgrading from the journal: a data directory holding the journal.jsonl that simulator 0.1 wrote
 * (test/fixtures, recorded from that version) plus the faults that version left behind — a line of
 * the wrong shape, a record appended onto a torn line, a torn last line — starts, says what it
 * imported and skipped (naming each line), serves every record, and renames the journal aside.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { call, generate, startSimulator } from "./helpers/simulator.ts";

const dataDir = mkdtempSync(join(tmpdir(), "sim-journal-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** When the fixture was recorded; its records are moved to now (the docs' example, older, keeps its date). */
const RECORDED_AT = 1796232224000;

interface Event {
  type: string;
  record: Record<string, any>;
}

function journal(): { text: string; generations: Record<string, any>[] } {
  const fixture = readFileSync(new URL("./fixtures/journal-0.1.jsonl", import.meta.url), "utf8");
  const events: Event[] = fixture.trim().split("\n").map((line) => JSON.parse(line));
  const offset = Date.now() - 5_000 - RECORDED_AT;
  for (const { type, record } of events) {
    if (record.createdAt < RECORDED_AT) continue;
    record.createdAt += offset;
    if (type === "generation") for (const point of Object.keys(record.schedule)) if (point !== "worker") record.schedule[point] += offset;
  }
  const line = (event: Event) => JSON.stringify(event);
  const [example, first, firstKey, second, fourth, fourthKey] = events as [Event, Event, Event, Event, Event, Event];
  const salvaged: Event = { type: "generation", record: { ...first.record, id: "gen_5a17a9ed00000_000001", request: { ...first.record.request, prompt: "appended onto a torn line" } } };
  const torn = line({ type: "generation", record: { ...second.record, id: "gen_7042000000000_000001" } });
  const lines = [
    line(example), // 1
    line(first), // 2
    line(firstKey), // 3
    "null", // 4: valid JSON, wrong shape
    line(second), // 5
    torn.slice(0, 90) + line(salvaged), // 6: a crash cut a record short, the next was appended to it
    line(fourth), // 7
    line(fourthKey), // 8
    JSON.stringify({ type: "idempotency", record: { owner: "x" } }), // 9: wrong shape
  ];
  // 10: the last line, cut short by a crash (no newline).
  const text = `${lines.join("\n")}\n${torn.slice(0, 120)}`;
  return { text, generations: [example, first, second, salvaged, fourth].map((event) => event.record) };
}

it("imports an old journal.jsonl, skipping and naming its bad lines, then renames it aside", async () => {
  const { text, generations } = journal();
  writeFileSync(join(dataDir, "journal.jsonl"), text);
  const args = ["--data-dir", dataDir, "--rate-limit", "0"];

  const first = await startSimulator(args);
  try {
    const output = first.output();
    expect(output).toMatch(/imported journal\.jsonl \(5 generation\(s\), 2 idempotency record\(s\)\) into .*simulator\.db; the old file is now journal\.jsonl\.imported/);
    expect(output).toContain("journal.jsonl line 4: expected a JSON object, found null; skipped");
    expect(output).toContain("journal.jsonl line 6: a record cut short by a crash, followed by a whole one; the whole one was kept");
    expect(output).toMatch(/journal\.jsonl line 9: an idempotency record without owner, key, fingerprint, createdAt or response; skipped/);
    expect(output).toContain("journal.jsonl line 10: cut short (the simulator stopped while writing it); skipped");
    expect(output).toMatch(/5 generation\(s\) restored/);
    expect(existsSync(join(dataDir, "journal.jsonl"))).toBe(false);
    expect(readFileSync(join(dataDir, "journal.jsonl.imported"), "utf8")).toBe(text);

    await expectImported(first.url, generations);
  } finally {
    await first.stop();
  }

  // Started again: nothing more to import, everything still there.
  const second = await startSimulator(args);
  try {
    expect(second.output()).not.toMatch(/imported journal/);
    await expectImported(second.url, generations);
  } finally {
    await second.stop();
  }
});

async function expectImported(url: string, generations: Record<string, any>[]): Promise<void> {
  const list = await call(url, "/v1/generations?limit=100");
  expect(list.status).toBe(200);
  expect(list.body.generations.map((g: { generation_id: string }) => g.generation_id).sort()).toEqual(generations.map((g) => g.id).sort());
  for (const record of generations) {
    const { status, body } = await call(url, `/v1/status/${record.id}`);
    expect(status).toBe(200);
    expect({ prompt: body.prompt, seed: body.seed, model: body.model.key, duration: body.duration, created_at: body.created_at }).toEqual({
      prompt: record.request.prompt,
      seed: record.request.seed,
      model: record.request.model,
      duration: record.request.duration,
      created_at: new Date(Math.floor(record.createdAt / 1000) * 1000).toISOString().replace(".000Z", "Z"),
    });
  }
  // The idempotency records came along: the same key and body replay the generation.
  const replay = await generate(url, { model: "ltxv-13b", prompt: "an old journal, fourth", duration: 1, seed: 7 }, { "idempotency-key": "upgrade-4" });
  expect(replay.status).toBe(200);
  expect(replay.headers.get("idempotent-replayed")).toBe("true");
  expect(replay.body.generation_id).toBe(generations[4]!.id);
  // This month's usage counts the four imported generations made now (the docs' example is older).
  const user = await call(url, "/v1/user");
  expect(user.body.usage.current_month_usage).toBe(4);
}
