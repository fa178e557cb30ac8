/**
 * Numbered migrations: a database left at each older version (with data written the way that
 * version wrote it) opens at the current version with its data intact; a newer or foreign one is
 * refused before anything is written. The last test upgrades a version-1 file through the bin.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "../../src/adapter/node/sqlite.ts";
import { currentVersion, migrate, MIGRATIONS, SCHEMA_VERSION, SchemaError } from "../../src/store/sql/schema.ts";
import { SqlStore } from "../../src/store/sql/store.ts";
import type { SqlDriver } from "../../src/store/sql/driver.ts";
import type { GenerationRecord } from "../../src/store/types.ts";
import { call, DEV_KEY, startSimulator } from "../helpers/simulator.ts";
import { sampleRecord } from "./contract.ts";

const dir = mkdtempSync(join(tmpdir(), "sim-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes generations and an idempotency record with plain SQL, as the version-1 schema has them;
 * from version 3 on with each generation's number among its owner's, as that version writes them.
 */
function writeVersion1Data(driver: SqlDriver, version: number) {
  const records = [
    sampleRecord({ worker: 0, endsAt: 5000, createdAt: 1000 }),
    sampleRecord({ worker: 1, endsAt: 7000, owner: "owner-b", createdAt: 1500 }),
    sampleRecord({ worker: 0, endsAt: 4000, createdAt: 2000 }),
  ];
  const ownerSeq = new Map<string, number>();
  for (const record of records) {
    const seq = (ownerSeq.get(record.owner) ?? 0) + 1;
    ownerSeq.set(record.owner, seq);
    if (version >= 3) {
      driver.query("INSERT INTO generations (id, owner, owner_seq, created_at, worker, ends_at, record) VALUES (?, ?, ?, ?, ?, ?, ?)", [
        record.id,
        record.owner,
        seq,
        record.createdAt,
        record.schedule.worker,
        record.schedule.endsAt,
        JSON.stringify(record),
      ]);
      continue;
    }
    insertVersion1Generation(driver, record);
  }
  const replay = { owner: "owner-a", key: "k", fingerprint: "{}", createdAt: 1, response: { ok: true } };
  driver.query("INSERT INTO idempotency (owner, key, created_at, record) VALUES (?, ?, ?, ?)", ["owner-a", "k", 1, JSON.stringify(replay)]);
  return { records, replay };
}

describe("migrations", () => {
  it("are numbered 1, 2, … without gaps", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  });

  for (let from = 0; from < SCHEMA_VERSION; from++) {
    it(`upgrade a version-${from} database to version ${SCHEMA_VERSION}`, () => {
      const driver = openSqlite(join(dir, `from-${from}.db`));
      migrate(driver, MIGRATIONS.slice(0, from));
      expect(currentVersion(driver)).toBe(from);
      const data = from >= 1 ? writeVersion1Data(driver, from) : undefined;

      const store = new SqlStore(driver);
      expect(store.openedAtVersion).toBe(from);
      expect(currentVersion(driver)).toBe(SCHEMA_VERSION);
      const indexes = driver.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'generations_by_%' ORDER BY name");
      expect(indexes.map((row) => row.name)).toEqual(["generations_by_end", "generations_by_owner_time"]);
      if (data) {
        expect(store.size()).toBe(3);
        expect(store.getGeneration(data.records[0]!.id)).toEqual(data.records[0]);
        expect(store.listGenerations("owner-b")).toEqual([data.records[1]]);
        expect(store.listGenerations("owner-a")).toEqual([data.records[2], data.records[0]]);
        // Numbered per owner by the upgrade: usage counts and later generations continue from there.
        expect([store.countSince("owner-a", 0), store.countSince("owner-a", 1001), store.countSince("owner-b", 0)]).toEqual([2, 1, 1]);
        const next = sampleRecord({ createdAt: 3000 });
        store.addGeneration(next);
        expect(store.countSince("owner-a", 1001)).toBe(2);
        expect(store.listGenerations("owner-a")[0]).toEqual(next);
        expect(store.getIdempotency("owner-a", "k")).toEqual(data.replay);
        expect(store.workerFreeAt(2)).toEqual([5000, 7000]);
      }
      // What the newer versions added works.
      store.resetUsage("owner-a", 42);
      expect(store.usageResetAt("owner-a")).toBe(42);
      driver.close();
    });
  }

  it("refuses a newer version without writing", () => {
    const file = join(dir, "newer.db");
    const driver = openSqlite(file);
    migrate(driver);
    driver.query("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1]);
    const before = readFileSync(file);
    expect(() => new SqlStore(driver)).toThrow(SchemaError);
    expect(() => migrate(driver)).toThrow(`its schema is version ${SCHEMA_VERSION + 1}, newer than this simulator knows (${SCHEMA_VERSION})`);
    driver.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("a failed migration leaves the database at the version before it", () => {
    const driver = openSqlite();
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, summary: "broken", statements: ["CREATE INDEX x ON generations (owner)", "CREATE TABLE generations (oops)"] }];
    expect(() => migrate(driver, broken)).toThrow(/already exists/);
    expect(currentVersion(driver)).toBe(1);
    expect(driver.query("SELECT name FROM sqlite_master WHERE name = 'x'")).toEqual([]);
    driver.close();
  });

  it("a version-1 data directory with generations serves them after an upgrade by the simulator", async () => {
    const dataDir = join(dir, "v1-data-dir");
    mkdirSync(dataDir);
    const v1 = openSqlite(join(dataDir, "simulator.db"));
    migrate(v1, MIGRATIONS.slice(0, 1));
    const now = Date.now();
    // Owned by the development key (generations remember the SHA-256 of their key).
    const owner = createHash("sha256").update(DEV_KEY).digest("hex");
    const record = sampleRecord({ owner, createdAt: now - 60_000, endsAt: now - 30_000 });
    record.id = "gen_0000000000001_000001";
    record.request.model = "ltxv-13b";
    writeVersion1Data(v1, 1);
    insertVersion1Generation(v1, record);
    v1.close();

    const simulator = await startSimulator(["--data-dir", dataDir, "--no-docs-example"]);
    try {
      expect(simulator.output()).toMatch(/4 generation\(s\) restored/);
      const { status, body } = await call(simulator.url, `/v1/status/${record.id}`);
      expect(status).toBe(200);
      expect(body.prompt).toBe(record.request.prompt);
      expect(body.seed).toBe(record.request.seed);
      expect(body.status).toBe(record.outcome.kind);
    } finally {
      await simulator.stop();
    }
    const after = openSqlite(join(dataDir, "simulator.db"));
    expect(currentVersion(after)).toBe(SCHEMA_VERSION);
    after.close();
  });
});

/** A generation row as schema version 1 and 2 had it (no owner_seq). */
function insertVersion1Generation(driver: SqlDriver, record: GenerationRecord): void {
  driver.query("INSERT INTO generations (id, owner, created_at, worker, ends_at, record) VALUES (?, ?, ?, ?, ?, ?)", [
    record.id,
    record.owner,
    record.createdAt,
    record.schedule.worker,
    record.schedule.endsAt,
    JSON.stringify(record),
  ]);
}
