/**
 * The simulator's one store: generations, idempotency records and usage resets in SQLite, over
 * whichever driver the home supplies. Every write is one driver transaction; a write the driver
 * cannot make durable becomes a StoreWriteError with nothing of it left behind.
 */
import { StoreWriteError, type GenerationRecord, type IdempotencyRecord, type Store, type StoreEvent } from "../types.ts";
import { RecentMap } from "../../util/recent-map.ts";
import type { SqlDriver } from "./driver.ts";
import { migrate } from "./schema.ts";

type RecordRow = { record: string };

const INSERT_GENERATION = `INSERT INTO generations (id, owner, owner_seq, created_at, worker, ends_at, record)
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;

/** Parsed records kept in memory (status polls ask for the same few again and again). */
const RECORD_CACHE = 10_000;

export class SqlStore implements Store {
  /** The schema version found when the store was opened (0: a new database). */
  readonly openedAtVersion: number;

  // What requests ask for on every generate and poll, kept beside the database: a SQL call costs
  // tens of microseconds, a generate's whole budget. Filled from SQL when missing, changed only
  // after a write went through, and dropped whole if a group of writes is lost (see forget).
  private readonly records = new RecentMap<string, GenerationRecord>(RECORD_CACHE);
  private count: number | undefined;
  private readonly freeAt = new Map<number, number>();
  private readonly resets = new Map<string, number | null>();
  /** Per owner, the last countSince asked and its answer, kept up to date by each add. */
  private readonly usage = new Map<string, { since: number; count: number }>();
  /** Per owner, the owner_seq of their latest generation (numbered here, not by a subquery per insert). */
  private readonly lastOwnerSeq = new Map<string, number>();
  private watched: Promise<void> | undefined;

  constructor(private readonly driver: SqlDriver) {
    this.openedAtVersion = migrate(driver);
  }

  addGeneration(record: GenerationRecord, idempotency?: IdempotencyRecord): void {
    // A recent id is known here without asking SQL (a deferred insert could not tell).
    if (this.records.has(record.id)) return;
    const ownerSeq = this.ownerSeq(record.owner) + 1;
    const added = this.write(
      `generation ${record.id}`,
      () => {
        const inserted = this.insertGeneration(record, ownerSeq);
        if (idempotency) this.insertIdempotency(idempotency);
        return inserted;
      },
      !idempotency,
    );
    if (!added) return;
    this.lastOwnerSeq.set(record.owner, ownerSeq);
    this.remember(record);
    if (this.count !== undefined) this.count++;
    const { worker, endsAt } = record.schedule;
    const free = this.freeAt.get(worker);
    if (free !== undefined && endsAt > free) this.freeAt.set(worker, endsAt);
    const usage = this.usage.get(record.owner);
    if (usage && record.createdAt >= usage.since) usage.count++;
  }

  /**
   * Adds saved changes (an older simulator's journal) in one transaction; a generation whose id is
   * present already is kept as it is, so importing twice changes nothing.
   */
  importEvents(events: Iterable<StoreEvent>): { generations: number; idempotencyRecords: number } {
    const counts = { generations: 0, idempotencyRecords: 0 };
    try {
      this.write("imported records", () => {
        for (const event of events) {
          if (event.type !== "generation") {
            this.insertIdempotency(event.record);
            counts.idempotencyRecords++;
            continue;
          }
          const { owner } = event.record;
          const ownerSeq = this.ownerSeq(owner) + 1;
          if (!this.insertGeneration(event.record, ownerSeq)) continue;
          this.lastOwnerSeq.set(owner, ownerSeq);
          counts.generations++;
        }
      });
    } finally {
      // Also when the import failed: the numbers counted above were rolled back with it.
      this.forget();
    }
    return counts;
  }

  getGeneration(id: string): GenerationRecord | undefined {
    const cached = this.records.get(id);
    if (cached) return cached;
    const record = parse<GenerationRecord>(this.driver.query<RecordRow>("SELECT record FROM generations WHERE id = ? LIMIT 1", [id])[0]);
    if (record) this.remember(record);
    return record;
  }

  listGenerations(owner: string): readonly GenerationRecord[] {
    return this.driver.query<RecordRow>("SELECT record FROM generations WHERE owner = ? ORDER BY created_at DESC, owner_seq DESC", [owner]).map((row) => parse(row)!);
  }

  countSince(owner: string, since: number): number {
    const known = this.usage.get(owner);
    if (known?.since === since) return known.count;
    // The owner's generations are numbered in creation order and created_at only grows with the
    // number, so the count is the last number minus the last one before `since`: two index
    // lookups, where SQL's count(*) would step through every row of the range.
    const last = this.ownerSeq(owner);
    const before =
      this.driver.query<{ n: number }>("SELECT owner_seq AS n FROM generations WHERE owner = ? AND created_at < ? ORDER BY created_at DESC, owner_seq DESC LIMIT 1", [
        owner,
        since,
      ])[0]?.n ?? 0;
    this.usage.set(owner, { since, count: last - before });
    return last - before;
  }

  workerFreeAt(workers: number): number[] {
    const free = new Array<number>(workers);
    for (let worker = 0; worker < workers; worker++) {
      let at = this.freeAt.get(worker);
      if (at === undefined) {
        // Walks generations_by_end down from the latest end to the worker's first row (the planner,
        // without statistics, would scan and sort the table); asked once per worker after a start.
        at =
          this.driver.query<{ t: number }>("SELECT ends_at AS t FROM generations INDEXED BY generations_by_end WHERE worker = ? ORDER BY ends_at DESC LIMIT 1", [worker])[0]
            ?.t ?? 0;
        this.freeAt.set(worker, at);
      }
      free[worker] = at;
    }
    return free;
  }

  size(): number {
    // Rows are never deleted and `seq` is the rowid, so the last one is the count.
    this.count ??= this.driver.query<{ n: number }>("SELECT seq AS n FROM generations ORDER BY seq DESC LIMIT 1")[0]?.n ?? 0;
    return this.count;
  }

  getIdempotency(owner: string, key: string): IdempotencyRecord | undefined {
    return parse(this.driver.query<RecordRow>("SELECT record FROM idempotency WHERE owner = ? AND key = ? LIMIT 1", [owner, key])[0]);
  }

  usageResetAt(owner: string): number | undefined {
    let at = this.resets.get(owner);
    if (at === undefined) {
      at = this.driver.query<{ reset_at: number }>("SELECT reset_at FROM usage_resets WHERE owner = ? LIMIT 1", [owner])[0]?.reset_at ?? null;
      this.resets.set(owner, at);
    }
    return at ?? undefined;
  }

  resetUsage(owner: string, at: number): void {
    this.write(`usage reset of ${owner.slice(0, 8)}`, () => {
      this.driver.query("INSERT OR REPLACE INTO usage_resets (owner, reset_at) VALUES (?, ?)", [owner, at]);
    });
    this.resets.set(owner, at);
  }

  generationsEndingAfter(time: number): readonly GenerationRecord[] {
    return this.driver.query<RecordRow>("SELECT record FROM generations WHERE ends_at >= ? ORDER BY seq", [time]).map((row) => parse(row)!);
  }

  durable(): Promise<void> {
    const pending = this.driver.durable?.();
    return pending ? pending.catch((error: unknown) => Promise.reject(asWriteError("writes", error))) : Promise.resolve();
  }

  /** The owner_seq of the owner's latest generation (0: none). */
  private ownerSeq(owner: string): number {
    let seq = this.lastOwnerSeq.get(owner);
    if (seq === undefined) {
      seq = this.driver.query<{ n: number }>("SELECT owner_seq AS n FROM generations WHERE owner = ? ORDER BY created_at DESC, owner_seq DESC LIMIT 1", [owner])[0]?.n ?? 0;
      this.lastOwnerSeq.set(owner, seq);
    }
    return seq;
  }

  /**
   * True if added, false if a generation with this id is there already (an import run twice; new
   * ids never repeat, so a driver that defers the write to its group's commit reports true).
   */
  private insertGeneration(record: GenerationRecord, ownerSeq: number): boolean {
    const params = [record.id, record.owner, ownerSeq, record.createdAt, record.schedule.worker, record.schedule.endsAt, JSON.stringify(record)];
    if (this.driver.run) return this.driver.run(INSERT_GENERATION, params) > 0;
    return this.driver.query(`${INSERT_GENERATION} RETURNING seq`, params).length > 0;
  }

  private insertIdempotency(record: IdempotencyRecord): void {
    this.driver.query("INSERT OR REPLACE INTO idempotency (owner, key, created_at, record) VALUES (?, ?, ?, ?)", [
      record.owner,
      record.key,
      record.createdAt,
      JSON.stringify(record),
    ]);
  }

  private remember(record: GenerationRecord): void {
    this.records.set(record.id, record);
  }

  /** Drops everything kept beside the database; it is read again when next asked for. */
  private forget(): void {
    this.records.clear();
    this.count = undefined;
    this.freeAt.clear();
    this.resets.clear();
    this.usage.clear();
    this.lastOwnerSeq.clear();
  }

  /** `oneRun`: the work is one `driver.run`, a transaction by itself where the driver has `run`. */
  private write<T>(what: string, work: () => T, oneRun = false): T {
    try {
      return oneRun && this.driver.run ? work() : this.driver.transaction(work);
    } catch (error) {
      throw asWriteError(`the ${what}`, error);
    } finally {
      this.watchGroup();
    }
  }

  /** A group of writes lost after it was accepted takes what the store kept of it along. */
  private watchGroup(): void {
    const pending = this.driver.durable?.();
    if (!pending || pending === this.watched) return;
    this.watched = pending;
    pending.catch(() => this.forget());
  }
}

function asWriteError(what: string, error: unknown): StoreWriteError {
  return new StoreWriteError(`could not save ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

function parse<T>(row: RecordRow | undefined): T | undefined {
  return row ? (JSON.parse(row.record) as T) : undefined;
}
