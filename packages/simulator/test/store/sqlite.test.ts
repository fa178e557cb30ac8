/** The store contract on the Node home's driver (libsql): in memory, and on disk in WAL mode. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite, useWal } from "../../src/adapter/node/sqlite.ts";
import { SqlStore } from "../../src/store/sql/store.ts";
import { describeStoreContract, sampleRecord, sqlStoreUnderTest } from "./contract.ts";

const dir = mkdtempSync(join(tmpdir(), "sim-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describeStoreContract("libsql in memory", () => sqlStoreUnderTest(() => openSqlite()));

for (const grouped of [false, true]) {
  describeStoreContract(`libsql file (WAL${grouped ? ", group commits" : ""})`, () => {
    const file = join(dir, `store-${files++}.db`);
    return sqlStoreUnderTest(() => {
      const driver = openSqlite(file);
      useWal(driver);
      if (grouped) driver.groupCommits();
      return driver;
    }, true);
  });
}

describe("libsql group commits", () => {
  const grouped = () => {
    const driver = openSqlite(join(dir, `group-${files++}.db`));
    const store = new SqlStore(driver);
    useWal(driver);
    driver.groupCommits();
    return { driver, store };
  };

  it("answers a turn's generations after one commit, and a read in the turn sees them", async () => {
    const { driver, store } = grouped();
    const records = [sampleRecord(), sampleRecord(), sampleRecord()];
    for (const record of records) store.addGeneration(record);
    expect(store.listGenerations(records[0]!.owner).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    await store.durable();
    driver.close();
    const reopened = new SqlStore(openSqlite(join(dir, `group-${files - 1}.db`)));
    expect(reopened.size()).toBe(3);
  });

  it("fails the whole group, keeping none of it, when a deferred insert changes nothing", async () => {
    const { driver, store } = grouped();
    const kept = sampleRecord();
    store.addGeneration(kept);
    await store.durable();
    // The same id again, from outside the store's memory: SQL ignores it, so the group must fail.
    const again = { ...sampleRecord(), id: kept.id };
    const neighbour = sampleRecord();
    driver.run!(
      "INSERT INTO generations (id, owner, owner_seq, created_at, worker, ends_at, record) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
      [again.id, again.owner, 99, again.createdAt, 0, 0, JSON.stringify(again)],
    );
    store.addGeneration(neighbour);
    await expect(store.durable()).rejects.toThrow(/did not change exactly one row/);
    expect(store.getGeneration(neighbour.id)).toBeUndefined();
    expect(store.getGeneration(kept.id)).toEqual(kept);
    expect(store.size()).toBe(1);
    driver.close();
  });
});
