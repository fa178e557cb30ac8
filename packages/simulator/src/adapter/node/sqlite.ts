/**
 * The Node home's SQL driver: libsql's embedded SQLite (a better-sqlite3-compatible synchronous API
 * with a prebuilt binary).
 *
 * A file is opened in WAL mode with synchronous=NORMAL, and its writes are committed in groups: the
 * writes of one turn of the event loop share one COMMIT, made just after that turn, and every answer
 * of the turn waits for it (`durable`). A committed write is in the operating system's hands before
 * any answer that shows it leaves, so it survives the process being killed (kill -9); a power cut
 * may lose the last moments of writes but never corrupts the database (WAL with NORMAL). That is
 * the measured trade: one fsync per commit (FULL) costs ~4 ms, which would cap a data directory at
 * a few hundred generations a second.
 */
import Database from "libsql";
import { atomically } from "../../store/sql/atomic.ts";
import type { SqlDriver, SqlValue } from "../../store/sql/driver.ts";

type Statement = Database.Statement;

export interface NodeSqlDriver extends SqlDriver {
  /** From now on, commit writes in groups (see above); before, each transaction commits itself. */
  groupCommits(): void;
  /** Commits what is pending and closes the database. */
  close(): void;
}

const DONE = Promise.resolve();
/** Statements that yield at most one row (see SqlDriver.query). */
const SINGLE_ROW = /(\bLIMIT 1|\bRETURNING\b[^;]*)\s*$/i;

/**
 * `file` undefined: a private in-memory database, each transaction committed at once. A file is
 * opened in exclusive locking mode: this process keeps the locks it takes (see `useWal`).
 */
export function openSqlite(file?: string): NodeSqlDriver {
  const db = new Database(file ?? ":memory:");
  // Before the first read, so WAL keeps its index in this process's memory (no -shm file).
  if (file) db.exec("PRAGMA locking_mode = EXCLUSIVE");
  // Prepared once per SQL text: the store asks the same few questions on every request.
  const statements = new Map<string, { statement: Statement; reader: boolean; single: boolean }>();
  const prepare = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      const statement = db.prepare(sql);
      prepared = { statement, reader: statement.reader, single: SINGLE_ROW.test(sql) };
      statements.set(sql, prepared);
    }
    return prepared;
  };

  let grouping = false;
  /** The commit of the open group, made just after the turn that opened it. */
  let pending: Promise<void> | undefined;
  /** Set when the open group was rolled back (a failed write, or SQLite on a full disk): its commit must fail. */
  let lost: unknown;
  // libsql aborts the process on any use of a closed database, a late group commit included.
  let closed = false;
  /**
   * One-statement writes of the open group not run yet (see `run`): run one after another just
   * before the commit, or before a transaction of the same group so rows keep their order.
   */
  let deferred: Array<{ statement: Statement; params: readonly SqlValue[] }> = [];

  const runDeferred = () => {
    const writes = deferred;
    deferred = [];
    try {
      for (const { statement, params } of writes) {
        // It was reported as changing one row; one that changed none would leave the caller wrong.
        if (statement.run(params).changes !== 1) throw new Error("a deferred write did not change exactly one row");
      }
    } catch (error) {
      // The answers of the whole group wait for its commit: all of them fail, none is half kept.
      if (db.inTransaction) db.exec("ROLLBACK");
      lost = error;
    }
  };

  const commitGroup = () => {
    pending = undefined;
    if (closed) return;
    if (deferred.length > 0) runDeferred();
    const error = lost;
    lost = undefined;
    if (error !== undefined) throw error;
    if (!db.inTransaction) return;
    try {
      db.exec("COMMIT");
    } catch (commitError) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw commitError;
    }
  };

  const openGroup = () => {
    db.exec("BEGIN IMMEDIATE");
    pending ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        try {
          commitGroup();
          resolve();
        } catch (error) {
          reject(error);
        }
      }),
    );
    // Rejections are for the answers that wait; nobody waiting is no unhandled error.
    pending.catch(() => undefined);
  };

  const joinGroup = () => {
    // The group this turn was filling is gone: a write now would be committed while its neighbours fail.
    if (lost !== undefined) throw new Error(`an earlier write of the same moment failed (${lost instanceof Error ? lost.message : String(lost)})`);
    if (!db.inTransaction) openGroup();
  };

  /** True while a transaction's work runs: a `run` then belongs to it. */
  let working = false;
  const inWork = <T>(work: () => T): T => {
    working = true;
    try {
      return work();
    } finally {
      working = false;
    }
  };

  return {
    exec: (sql) => db.exec(sql),
    query<Row extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []): Row[] {
      const { statement, reader, single } = prepare(sql);
      // A read sees every write made before it.
      if (deferred.length > 0) runDeferred();
      if (!reader) {
        statement.run(params);
        return [];
      }
      // libsql's get() is a third of the cost of all() for the one row.
      if (!single) return statement.all(params) as Row[];
      const row = statement.get(params) as Row | undefined;
      return row ? [row] : [];
    },
    run(sql, params = []) {
      const { statement } = prepare(sql);
      if (working) return statement.run(params).changes;
      if (!grouping) return atomically(db, () => statement.run(params).changes);
      joinGroup();
      // Run with the group's other deferred writes at its commit: a turn's inserts together cost
      // less than spread between its requests' other work (measured: ~20 µs less per generate).
      deferred.push({ statement, params });
      return 1;
    },
    transaction<T>(work: () => T): T {
      if (!grouping) return atomically(db, () => inWork(work));
      joinGroup();
      if (deferred.length > 0) runDeferred();
      if (lost !== undefined) throw lost;
      // A savepoint per transaction: a failed one is undone alone, the group goes on.
      db.exec("SAVEPOINT one");
      try {
        const result = inWork(work);
        db.exec("RELEASE one");
        return result;
      } catch (error) {
        if (db.inTransaction) {
          db.exec("ROLLBACK TO one");
          db.exec("RELEASE one");
        } else lost = error;
        throw error;
      }
    },
    // Writes and the answers that wait for them happen in one turn of the event loop (the store is
    // synchronous, and nothing is awaited between a write and its answer), so the open group holds
    // the caller's writes, and its commit comes after that turn.
    durable: () => pending ?? DONE,
    groupCommits: () => void (grouping = true),
    close: () => {
      if (closed) return;
      if (db.inTransaction) commitGroup();
      closed = true;
      if (file) releaseLocks(db);
      db.close();
    },
  };
}

/**
 * libsql's close leaves the connection open while a prepared statement is alive (until garbage
 * collection), and with it the exclusive lock. A WAL database cannot leave exclusive locking mode,
 * so the WAL is folded into the file first (`useWal` turns it on again at the next start).
 */
function releaseLocks(db: Database.Database): void {
  try {
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA locking_mode = NORMAL");
    db.exec("SELECT 1 FROM sqlite_master LIMIT 1");
  } catch {
    // A full disk, say: the locks go with the process instead.
  }
}

/**
 * Settings for a database file, applied after the store has checked that the file is its own
 * (switching to WAL rewrites the header, which must not happen to someone else's file). Then the
 * file is claimed: an empty exclusive transaction takes the write lock, which exclusive locking mode
 * keeps until the process ends (a kill -9 too). The store keeps counts beside the database, so a
 * second simulator writing to the same file would corrupt them; it now fails to start instead
 * (SQLITE_BUSY). Keeping the locks also spares two lock calls per commit.
 */
export function useWal(driver: SqlDriver): void {
  driver.exec("PRAGMA journal_mode = WAL");
  driver.exec("PRAGMA synchronous = NORMAL");
  driver.exec("BEGIN EXCLUSIVE");
  driver.exec("COMMIT");
}
