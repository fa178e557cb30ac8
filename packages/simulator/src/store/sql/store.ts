/**
 * The simulator's one store: generations, idempotency records and usage resets in SQLite, over
 * whichever driver the home supplies. Every write is one driver transaction; a write the driver
 * cannot make durable becomes a StoreWriteError with nothing of it left behind.
 */
import { StoreWriteError, type GenerationRecord, type IdempotencyRecord, type Store, type StoreEvent } from "../types.ts";
import type { SqlDriver } from "./driver.ts";
import { migrate } from "./schema.ts";

type RecordRow = { record: string };

export class SqlStore implements Store {
  /** The schema version found when the store was opened (0: a new database). */
  readonly openedAtVersion: number;
  // Kept in memory and changed only after a commit: asked on every generate, never by a query.
  private count = 0;
  private readonly freeAt: number[] = [];

  constructor(private readonly driver: SqlDriver) {
    this.openedAtVersion = migrate(driver);
    this.loadCounters();
  }

  addGeneration(record: GenerationRecord, idempotency?: IdempotencyRecord): void {
    const added = this.write(`generation ${record.id}`, () => {
      const inserted = this.insertGeneration(record);
      if (idempotency) this.insertIdempotency(idempotency);
      return inserted;
    });
    if (!added) return;
    this.count++;
    const { worker, endsAt } = record.schedule;
    if (worker >= 0) this.freeAt[worker] = Math.max(this.freeAt[worker] ?? 0, endsAt);
  }

  /**
   * Adds saved changes (an older simulator's journal) in one transaction; a generation whose id is
   * present already is kept as it is, so importing twice changes nothing.
   */
  importEvents(events: Iterable<StoreEvent>): { generations: number; idempotencyRecords: number } {
    const counts = { generations: 0, idempotencyRecords: 0 };
    this.write("imported records", () => {
      for (const event of events) {
        if (event.type === "generation") counts.generations += this.insertGeneration(event.record) ? 1 : 0;
        else {
          this.insertIdempotency(event.record);
          counts.idempotencyRecords++;
        }
      }
    });
    this.loadCounters();
    return counts;
  }

  getGeneration(id: string): GenerationRecord | undefined {
    return parse(this.driver.query<RecordRow>("SELECT record FROM generations WHERE id = ?", [id])[0]);
  }

  listGenerations(owner: string): readonly GenerationRecord[] {
    return this.driver.query<RecordRow>("SELECT record FROM generations WHERE owner = ? ORDER BY seq DESC", [owner]).map((row) => parse(row)!);
  }

  countSince(owner: string, since: number): number {
    return this.driver.query<{ n: number }>("SELECT count(*) AS n FROM generations WHERE owner = ? AND created_at >= ?", [owner, since])[0]!.n;
  }

  workerFreeAt(workers: number): number[] {
    const free = new Array<number>(workers);
    for (let worker = 0; worker < workers; worker++) free[worker] = this.freeAt[worker] ?? 0;
    return free;
  }

  size(): number {
    return this.count;
  }

  getIdempotency(owner: string, key: string): IdempotencyRecord | undefined {
    return parse(this.driver.query<RecordRow>("SELECT record FROM idempotency WHERE owner = ? AND key = ?", [owner, key])[0]);
  }

  usageResetAt(owner: string): number | undefined {
    return this.driver.query<{ reset_at: number }>("SELECT reset_at FROM usage_resets WHERE owner = ?", [owner])[0]?.reset_at;
  }

  resetUsage(owner: string, at: number): void {
    this.write(`usage reset of ${owner.slice(0, 8)}`, () => {
      this.driver.query("INSERT OR REPLACE INTO usage_resets (owner, reset_at) VALUES (?, ?)", [owner, at]);
    });
  }

  generationsEndingAfter(time: number): readonly GenerationRecord[] {
    return this.driver.query<RecordRow>("SELECT record FROM generations WHERE ends_at >= ? ORDER BY seq", [time]).map((row) => parse(row)!);
  }

  /** True if added, false if a generation with this id is there already. */
  private insertGeneration(record: GenerationRecord): boolean {
    const inserted = this.driver.query<{ seq: number }>(
      "INSERT INTO generations (id, owner, created_at, worker, ends_at, record) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq",
      [record.id, record.owner, record.createdAt, record.schedule.worker, record.schedule.endsAt, JSON.stringify(record)],
    );
    return inserted.length > 0;
  }

  private insertIdempotency(record: IdempotencyRecord): void {
    this.driver.query("INSERT OR REPLACE INTO idempotency (owner, key, created_at, record) VALUES (?, ?, ?, ?)", [
      record.owner,
      record.key,
      record.createdAt,
      JSON.stringify(record),
    ]);
  }

  private loadCounters(): void {
    this.count = this.driver.query<{ n: number }>("SELECT count(*) AS n FROM generations")[0]!.n;
    const rows = this.driver.query<{ worker: number; free_at: number }>("SELECT worker, max(ends_at) AS free_at FROM generations WHERE worker >= 0 GROUP BY worker");
    for (const { worker, free_at } of rows) this.freeAt[worker] = free_at;
  }

  private write<T>(what: string, work: () => T): T {
    try {
      return this.driver.transaction(work);
    } catch (error) {
      throw new StoreWriteError(`could not save the ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

function parse<T>(row: RecordRow | undefined): T | undefined {
  return row ? (JSON.parse(row.record) as T) : undefined;
}
