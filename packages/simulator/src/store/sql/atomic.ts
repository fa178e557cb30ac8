/** A transaction by SQL statements, for the drivers whose binding has no transaction of its own. */

/** What `atomically` needs of a SQLite binding. */
export interface StatementRunner {
  exec(sql: string): void;
  /** Whether a transaction is open (after a failed COMMIT, SQLite may have rolled back already). */
  readonly inTransaction?: boolean;
}

/** Runs `work` between BEGIN IMMEDIATE and COMMIT; on any error rolls back and rethrows that first error. */
export function atomically<T>(db: StatementRunner, work: () => T): T {
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = work();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    if (db.inTransaction === false) throw error;
    try {
      db.exec("ROLLBACK");
    } catch {
      // Nothing was left to roll back: the failed COMMIT ended the transaction.
    }
    throw error;
  }
}
