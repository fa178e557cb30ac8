/**
 * The store's SqlDriver over a Durable Object's own SQLite database. `sql.exec` is synchronous, so
 * the store's check-then-insert sections stay as uninterruptible here as they are in Node; the
 * object's output gate holds each answer until its writes are durable.
 */
import type { SqlDriver, SqlValue } from "../../store/sql/driver.ts";
import type { DurableObjectStorage } from "./cloudflare.ts";

export class DurableObjectSqlDriver implements SqlDriver {
  constructor(private readonly storage: DurableObjectStorage) {}

  exec(sql: string): void {
    // Drained so a statement that fails part-way throws here, not later.
    this.storage.sql.exec(sql).toArray();
  }

  query<Row extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []): Row[] {
    return this.storage.sql.exec<Row>(sql, ...params).toArray();
  }

  transaction<T>(work: () => T): T {
    // A Durable Object refuses BEGIN/COMMIT statements; transactionSync is its way to say them.
    return this.storage.transactionSync(work);
  }
}
