/**
 * The few Cloudflare Workers runtime shapes this adapter touches, written out structurally so the
 * package needs no Workers type package (whose globals would clash with the DOM types the rest uses).
 */

/** `ctx.storage.sql.exec(...)`'s cursor: rows are read on demand, `toArray()` reads them all. */
export interface SqlCursor<Row> {
  toArray(): Row[];
}

/** A SQLite-backed Durable Object's storage (`new_sqlite_classes`). */
export interface DurableObjectStorage {
  sql: { exec<Row = Record<string, unknown>>(query: string, ...bindings: unknown[]): SqlCursor<Row> };
  /** Runs `work` in one SQLite transaction: rolled back if it throws. */
  transactionSync<T>(work: () => T): T;
  get<T>(key: string): Promise<T | undefined>;
  put<T>(key: string, value: T): Promise<void>;
}

export interface DurableObjectState {
  storage: DurableObjectStorage;
}

export interface DurableObjectStub {
  fetch(request: Request): Promise<Response>;
}

export interface DurableObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): DurableObjectStub;
}
