/**
 * The core's default store, for homes without a synchronous SQLite (a Worker without a Durable
 * Object, a browser). Node and Deno use the SqlStore; both pass the same store contract tests.
 */
import type { GenerationRecord, IdempotencyRecord, Store, StoreEvent } from "./types.ts";

export class MemoryStore implements Store {
  private readonly generations = new Map<string, GenerationRecord>();
  private readonly byOwner = new Map<string, GenerationRecord[]>();
  private readonly idempotency = new Map<string, IdempotencyRecord>();
  /** When each worker becomes free, by worker index (a hole or 0: free from the start). */
  private readonly freeAt: number[] = [];
  private readonly usageResets = new Map<string, number>();

  addGeneration(record: GenerationRecord, idempotency?: IdempotencyRecord): void {
    this.apply({ type: "generation", record });
    if (idempotency) this.apply({ type: "idempotency", record: idempotency });
  }

  getGeneration(id: string): GenerationRecord | undefined {
    return this.generations.get(id);
  }

  listGenerations(owner: string): readonly GenerationRecord[] {
    return [...(this.byOwner.get(owner) ?? [])].reverse();
  }

  countSince(owner: string, since: number): number {
    // Lists are in creation order, so createdAt only grows: binary search for the first one in range.
    const list = this.byOwner.get(owner) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle]!.createdAt < since) low = middle + 1;
      else high = middle;
    }
    return list.length - low;
  }

  workerFreeAt(workers: number): number[] {
    const free = new Array<number>(workers);
    for (let worker = 0; worker < workers; worker++) free[worker] = this.freeAt[worker] ?? 0;
    return free;
  }

  size(): number {
    return this.generations.size;
  }

  getIdempotency(owner: string, key: string): IdempotencyRecord | undefined {
    return this.idempotency.get(`${owner} ${key}`);
  }

  usageResetAt(owner: string): number | undefined {
    return this.usageResets.get(owner);
  }

  resetUsage(owner: string, at: number): void {
    this.usageResets.set(owner, at);
  }

  generationsEndingAfter(time: number): readonly GenerationRecord[] {
    return [...this.generations.values()].filter((record) => record.schedule.endsAt >= time).sort((a, b) => a.createdAt - b.createdAt);
  }

  private apply(event: StoreEvent): void {
    if (event.type === "generation") {
      const { record } = event;
      if (this.generations.has(record.id)) return;
      this.generations.set(record.id, record);
      const list = this.byOwner.get(record.owner);
      if (list) list.push(record); // creation order, so newest is last
      else this.byOwner.set(record.owner, [record]);
      const { worker, endsAt } = record.schedule;
      if (worker >= 0) this.freeAt[worker] = Math.max(this.freeAt[worker] ?? 0, endsAt);
    } else {
      this.idempotency.set(`${event.record.owner} ${event.record.key}`, event.record);
    }
  }
}
