/** @module The Deno home's SQL driver: Deno's built-in `node:sqlite` (DatabaseSync). */
import { atomically } from "../../store/sql/atomic.ts";
import type { SqlDriver, SqlValue } from "../../store/sql/driver.ts";

/** The part of node:sqlite used here. */
interface DatabaseSync {
  exec(sql: string): void;
  prepare(sql: string): { all(...params: SqlValue[]): unknown[] };
}

/**
 * Loaded by a computed specifier on purpose: a literal `node:` import makes `deno check` resolve
 * npm:@types/node, and the version this package pins (Node 20's) has no node:sqlite in it.
 */
async function loadDatabaseSync(): Promise<new (file: string) => DatabaseSync> {
  const specifier = ["node", "sqlite"].join(":");
  return ((await import(specifier)) as { DatabaseSync: new (file: string) => DatabaseSync }).DatabaseSync;
}

export async function openSqlite(file = ":memory:"): Promise<SqlDriver> {
  const db = new (await loadDatabaseSync())(file);
  const statements = new Map<string, ReturnType<DatabaseSync["prepare"]>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  return {
    exec: (sql) => db.exec(sql),
    query: <Row extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as Row[],
    transaction: (work) => atomically(db, work),
  };
}
