/** The store contract on the Node home's driver (libsql): in memory, and on disk in WAL mode. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openSqlite, useWal } from "../../src/adapter/node/sqlite.ts";
import { describeStoreContract, sqlStoreUnderTest } from "./contract.ts";

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
