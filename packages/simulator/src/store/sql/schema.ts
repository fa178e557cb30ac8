/**
 * The simulator's tables and their numbered migrations. Plain SQLite that a Durable Object accepts
 * too: no pragmas, no BEGIN (the driver's `transaction` wraps each step), one statement per string.
 * The version lives in a table, not `PRAGMA user_version`, which a Durable Object does not allow.
 */
import type { SqlDriver } from "./driver.ts";

export interface Migration {
  version: number;
  /** What it changes, for the log and the tests. */
  summary: string;
  statements: readonly string[];
}

/** Append only: a shipped migration is never edited, a new one gets the next number. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    summary: "generations and idempotency records",
    statements: [
      // `seq` (the rowid) is the order of acceptance; the record is kept whole as JSON, with the
      // columns the queries filter on beside it.
      `CREATE TABLE generations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        owner TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        worker INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        record TEXT NOT NULL
      )`,
      `CREATE TABLE idempotency (
        owner TEXT NOT NULL,
        key TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (owner, key)
      )`,
    ],
  },
  {
    version: 2,
    summary: "indexes for usage, workers and resuming work; usage resets",
    statements: [
      "CREATE INDEX generations_by_owner ON generations (owner, created_at)",
      "CREATE INDEX generations_by_worker ON generations (worker, ends_at)",
      "CREATE INDEX generations_by_end ON generations (ends_at)",
      "CREATE TABLE usage_resets (owner TEXT PRIMARY KEY, reset_at INTEGER NOT NULL)",
    ],
  },
  {
    version: 3,
    summary: "each generation's number among its owner's, so usage is counted in two index steps",
    statements: [
      "ALTER TABLE generations ADD COLUMN owner_seq INTEGER NOT NULL DEFAULT 0",
      `UPDATE generations SET owner_seq = numbered.n
        FROM (SELECT seq AS s, row_number() OVER (PARTITION BY owner ORDER BY seq) AS n FROM generations) AS numbered
        WHERE generations.seq = numbered.s`,
      "DROP INDEX generations_by_owner",
      "CREATE INDEX generations_by_owner ON generations (owner, owner_seq)",
      "CREATE INDEX generations_by_owner_time ON generations (owner, created_at, owner_seq)",
    ],
  },
  {
    version: 4,
    summary: "two indexes fewer to update on every insert",
    statements: [
      // An owner's generations in owner_seq order are in created_at order too, so the owner-and-time
      // index serves both; a worker's latest end is found walking generations_by_end from the top.
      "DROP INDEX generations_by_owner",
      "DROP INDEX generations_by_worker",
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** The database is not one this code can use; nothing was written to it. */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  constructor(
    message: string,
    /** "newer": a later simulator's database; "foreign": another application's or damaged. */
    readonly kind: "newer" | "foreign",
  ) {
    super(message);
  }
}

/**
 * Tables a host keeps for itself: SQLite's own, a Durable Object's `_cf_` ones, and the one
 * `wrangler dev` (miniflare's local explorer, on by default) adds to every SQLite-backed object.
 */
const HOST_TABLE = /^(sqlite_|_cf_|__miniflare_)/;

/**
 * Brings the database to SCHEMA_VERSION, one migration per transaction; returns the version it
 * found (0 for an empty database). Refuses, before writing anything, a database of another
 * application or of a newer simulator.
 */
export function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): number {
  const found = checkSchema(driver, migrations);
  for (const migration of migrations) {
    if (migration.version <= found) continue;
    driver.transaction(() => {
      if (migration.version === 1) driver.exec("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      for (const statement of migration.statements) driver.exec(statement);
      driver.query("DELETE FROM schema_version");
      driver.query("INSERT INTO schema_version (version) VALUES (?)", [migration.version]);
    });
  }
  return found;
}

/** The schema version, checked without writing: a SchemaError if this code cannot use the database. */
export function checkSchema(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): number {
  const found = currentVersion(driver);
  const latest = migrations.at(-1)?.version ?? 0;
  if (found > latest) {
    throw new SchemaError(`its schema is version ${found}, newer than this simulator knows (${latest})`, "newer");
  }
  return found;
}

/** The schema version, 0 for a database without tables; a SchemaError for someone else's. */
export function currentVersion(driver: SqlDriver): number {
  const tables = driver
    .query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .map((row) => row.name)
    .filter((name) => !HOST_TABLE.test(name));
  if (tables.length === 0) return 0;
  if (!tables.includes("schema_version")) {
    throw new SchemaError(`it holds tables of another application (${tables.slice(0, 3).join(", ")}${tables.length > 3 ? ", ..." : ""})`, "foreign");
  }
  const rows = driver.query<{ version: number }>("SELECT version FROM schema_version");
  const version = rows[0]?.version;
  if (rows.length !== 1 || typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new SchemaError("its schema_version table is damaged", "foreign");
  }
  return version;
}
