/**
 * The few things the SQL store needs from a SQLite binding. Every home of the simulator supplies
 * one driver (Node: an embedded SQLite; Workers: a Durable Object's `ctx.storage.sql`); the store,
 * its schema and its migrations are the same code everywhere.
 */
export type SqlValue = string | number | null;

export interface SqlDriver {
  /** Runs one or more statements that return nothing (schema, migrations). */
  exec(sql: string): void;
  /**
   * Runs one statement with `?` parameters; returns its rows (none for a write). A statement that
   * ends in `LIMIT 1`, or a one-row INSERT … RETURNING, yields at most one row: a driver may
   * fetch it with a cheaper single-row call.
   */
  query<Row extends Record<string, SqlValue>>(sql: string, params?: readonly SqlValue[]): Row[];
  /**
   * Optional: runs one write statement and returns how many rows it changed. Inside `transaction`'s
   * work it is part of that transaction; outside, it is a transaction of its own (one statement
   * lands whole or not at all). A grouping driver may defer it to the open group's commit and
   * report 1: the caller must expect it to change one row, and its failure then fails the whole
   * group (`durable` rejects). Cheaper than a write's RETURNING row where the binding offers it
   * (libsql); the store falls back to `transaction` and RETURNING without it.
   */
  run?(sql: string, params?: readonly SqlValue[]): number;
  /** Runs `work` atomically: all of its writes land, or (when it throws) none do. */
  transaction<T>(work: () => T): T;
  /**
   * For a driver that commits in groups: resolves once every write made so far is durable, rejects
   * if they could not be made so (then none of them remain). A driver whose `transaction` is
   * durable when it returns (a Durable Object's output gate holds answers itself) leaves it out.
   */
  durable?(): Promise<void>;
}
