/**
 * The Node home's store: a SqlStore over libsql, in `<dataDir>/simulator.db` or in memory. A file
 * that is not the simulator's (random bytes, another application's database, a newer schema) is
 * refused with one line that names it and says what to do, and is left byte for byte as it was.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { checkSchema, SchemaError } from "../../store/sql/schema.ts";
import { SqlStore } from "../../store/sql/store.ts";
import { importJournal, type JournalImport } from "./journal-import.ts";
import { openSqlite, useWal, type NodeSqlDriver } from "./sqlite.ts";

export const DATABASE = "simulator.db";

export interface NodeStore {
  store: SqlStore;
  /** The database file, or undefined in memory. */
  file?: string;
  /** What was imported from an older simulator's journal.jsonl, if there was one. */
  imported?: JournalImport;
  close(): void;
}

/** A database the simulator will not use; its message is one line for the terminal. */
export class DatabaseOpenError extends Error {
  override readonly name = "DatabaseOpenError";
}

export function openNodeStore(dataDir?: string): NodeStore {
  if (!dataDir) {
    const driver = openSqlite();
    const store = new SqlStore(driver);
    // In memory too: one BEGIN/COMMIT per turn instead of per write is measurably cheaper.
    driver.groupCommits();
    return { store, close: () => driver.close() };
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE);
  let driver: NodeSqlDriver | undefined;
  try {
    driver = openSqlite(file);
    // Read-only checks first: WAL mode and migrations write, and must not touch a foreign file.
    checkSchema(driver);
    useWal(driver);
    const store = new SqlStore(driver);
    const imported = importJournal(dataDir, store);
    // From here on writes are committed in groups, and answers wait for them (see sqlite.ts).
    driver.groupCommits();
    const opened = driver;
    return { store, file, ...(imported ? { imported } : {}), close: () => opened.close() };
  } catch (error) {
    driver?.close();
    throw new DatabaseOpenError(describe(file, error));
  }
}

function describe(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code ?? "";
  if (error instanceof SchemaError) {
    const todo = error.kind === "newer" ? "Use a newer simulator, or move it aside, or pass another --data-dir." : "Move it aside, or pass another --data-dir.";
    return `${file} is not a database this simulator can use: ${message}. ${todo}`;
  }
  if (code === "SQLITE_NOTADB" || /not a database/i.test(message)) {
    return `${file} is not a SQLite database (${message}). Move it aside, or pass another --data-dir.`;
  }
  if (code.startsWith("SQLITE_BUSY") || /database is locked/i.test(message)) {
    return `${file} is in use by another process, such as a simulator started with the same --data-dir. Stop that one, or pass another --data-dir.`;
  }
  if (code.startsWith("SQLITE_CORRUPT")) return `${file} is damaged (${message}). Move it aside, or pass another --data-dir.`;
  return `cannot use ${file}: ${message}. Check that the directory is writable and has free space, or pass another --data-dir.`;
}
