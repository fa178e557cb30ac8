/**
 * The few things the SQL store needs from a SQLite binding. Every home of the simulator supplies
 * one driver (Node: an embedded SQLite; Workers: a Durable Object's `ctx.storage.sql`); the store,
 * its schema and its migrations are the same code everywhere.
 */
export type SqlValue = string | number | null;

export interface SqlDriver {
  /** Runs one or more statements that return nothing (schema, migrations). */
  exec(sql: string): void;
  /** Runs one statement with `?` parameters; returns its rows (none for a write). */
  query<Row extends Record<string, SqlValue>>(sql: string, params?: readonly SqlValue[]): Row[];
  /** Runs `work` atomically: all of its writes land, or (when it throws) none do. */
  transaction<T>(work: () => T): T;
}
