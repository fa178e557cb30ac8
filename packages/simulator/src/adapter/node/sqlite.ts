/**
 * The Node home's SQL driver: libsql's embedded SQLite (a better-sqlite3-compatible synchronous API
 * with a prebuilt binary). A file is opened in WAL mode with synchronous=FULL: a commit is on disk
 * (fsync of the WAL) before the answer leaves, so it survives a killed process and a power cut.
 */
import Database from "libsql";
import type { SqlDriver, SqlValue } from "../../store/sql/driver.ts";

type Statement = Database.Statement;

export interface NodeSqlDriver extends SqlDriver {
  close(): void;
}

/** `file` undefined: a private in-memory database. */
export function openSqlite(file?: string): NodeSqlDriver {
  const db = new Database(file ?? ":memory:");
  // Prepared once per SQL text: the store asks the same few questions on every request.
  const statements = new Map<string, Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  return {
    exec: (sql) => db.exec(sql),
    query<Row extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []): Row[] {
      const statement = prepare(sql);
      if (statement.reader) return statement.all(params) as Row[];
      statement.run(params);
      return [];
    },
    transaction<T>(work: () => T): T {
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = work();
        db.exec("COMMIT");
        return result;
      } catch (error) {
        // A COMMIT that failed (disk full) may have rolled back already; the first error is the one to report.
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    close: () => db.close(),
  };
}

/**
 * Settings for a database file, applied after the store has checked that the file is its own
 * (switching to WAL rewrites the header, which must not happen to someone else's file).
 */
export function useWal(driver: SqlDriver): void {
  driver.exec("PRAGMA journal_mode = WAL");
  driver.exec("PRAGMA synchronous = FULL");
}
