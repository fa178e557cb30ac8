/**
 * The store contract: what every Store must do, as a reusable suite. Run it on each home's driver:
 *
 *   describeStoreContract("libsql in memory", () => sqlStoreUnderTest(() => openSqlite()));
 *
 * `sqlStoreUnderTest` wraps any SqlDriver so the suite can make a write fail part-way through a
 * transaction (atomicity); a home that can reopen its database passes `reopen` to test persistence.
 */
import { describe, expect, it } from "vitest";
import { SqlStore } from "../../src/store/sql/store.ts";
import type { SqlDriver, SqlValue } from "../../src/store/sql/driver.ts";
import { StoreWriteError, type GenerationRecord, type IdempotencyRecord, type Store } from "../../src/store/types.ts";

export interface StoreUnderTest {
  store: Store;
  /** Lets `passing` write statements through, then fails the next one (once). */
  failWriteAfter?(passing: number): void;
  /** The same database opened again, as a restart would. */
  reopen?(): StoreUnderTest;
  close?(): void;
}

/** A SqlStore over `openDriver()`, with failure injection; `reopen` when the driver can be opened again. */
export function sqlStoreUnderTest(openDriver: () => SqlDriver & { close?(): void }, canReopen = false): StoreUnderTest {
  const driver = openDriver();
  let failAfter: number | undefined;
  const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)/i.test(sql);
  const injectFailure = (sql: string) => {
    if (failAfter !== undefined && isWrite(sql)) {
      if (failAfter === 0) {
        failAfter = undefined;
        throw new Error("injected write failure (database or disk is full)");
      }
      failAfter--;
    }
  };
  const failing: SqlDriver = {
    exec: (sql) => driver.exec(sql),
    query: (sql, params) => {
      injectFailure(sql);
      return driver.query(sql, params);
    },
    ...(driver.run
      ? {
          run: (sql: string, params?: readonly SqlValue[]) => {
            injectFailure(sql);
            return driver.run!(sql, params);
          },
        }
      : {}),
    transaction: (work) => driver.transaction(work),
    ...(driver.durable ? { durable: () => driver.durable!() } : {}),
  };
  const store = new SqlStore(failing);
  return {
    store,
    failWriteAfter: (passing) => void (failAfter = passing),
    ...(canReopen
      ? {
          reopen: () => {
            driver.close?.();
            return sqlStoreUnderTest(openDriver, true);
          },
        }
      : {}),
    close: () => driver.close?.(),
  };
}

let sequence = 0;
/** A complete record as the generate route builds it, with the optional fields present. */
export function sampleRecord(overrides: Partial<GenerationRecord> & { worker?: number; endsAt?: number } = {}): GenerationRecord {
  const { worker = 0, endsAt, ...rest } = overrides;
  const createdAt = rest.createdAt ?? 1_760_000_000_000 + sequence * 1000;
  sequence++;
  return {
    id: `gen_contract${String(sequence).padStart(6, "0")}`,
    owner: "owner-a",
    createdAt,
    request: {
      model: "ltxv-13b",
      type: "text-to-video",
      prompt: `a prompt with "quotes", ünïcode and\nnewlines ${sequence}`,
      duration: 5,
      resolution: "720p",
      aspect_ratio: null,
      seed: 42 + sequence,
      camera_fixed: false,
      add_audio: true,
      audio_prompt: "rain",
    },
    schedule: { worker, queuedAt: createdAt, startedAt: createdAt + 10, videoDoneAt: createdAt + 20, endsAt: endsAt ?? createdAt + 30 },
    outcome: sequence % 2 ? { kind: "completed" } : { kind: "failed", code: "model_error", message: "The model failed." },
    ...rest,
  };
}

function sampleIdempotency(record: GenerationRecord, key = "key-1"): IdempotencyRecord {
  return { owner: record.owner, key, fingerprint: `{"prompt":${JSON.stringify(record.request.prompt)}}`, createdAt: record.createdAt, response: { generation_id: record.id, nested: [1, { a: null }] } };
}

export function describeStoreContract(label: string, open: () => StoreUnderTest): void {
  describe(`store contract: ${label}`, () => {
    const withStore = (test: (subject: StoreUnderTest) => void) => () => {
      const subject = open();
      try {
        test(subject);
      } finally {
        subject.close?.();
      }
    };

    it(
      "starts empty",
      withStore(({ store }) => {
        expect(store.size()).toBe(0);
        expect(store.getGeneration("gen_missing")).toBeUndefined();
        expect(store.listGenerations("owner-a")).toEqual([]);
        expect(store.countSince("owner-a", 0)).toBe(0);
        expect(store.workerFreeAt(3)).toEqual([0, 0, 0]);
        expect(store.getIdempotency("owner-a", "key-1")).toBeUndefined();
        expect(store.usageResetAt("owner-a")).toBeUndefined();
        expect(store.generationsEndingAfter(0)).toEqual([]);
      }),
    );

    it(
      "gives back a generation exactly as it was added",
      withStore(({ store }) => {
        const record = sampleRecord();
        const bare = sampleRecord({ request: { ...sampleRecord().request, audio_prompt: undefined } });
        delete (bare.request as { audio_prompt?: string }).audio_prompt;
        store.addGeneration(record);
        store.addGeneration(bare);
        expect(store.getGeneration(record.id)).toEqual(record);
        expect(store.getGeneration(bare.id)).toStrictEqual(bare);
        expect(store.size()).toBe(2);
      }),
    );

    it(
      "lists an owner's generations newest first, and only theirs",
      withStore(({ store }) => {
        const a1 = sampleRecord();
        const b1 = sampleRecord({ owner: "owner-b" });
        const a2 = sampleRecord();
        for (const record of [a1, b1, a2]) store.addGeneration(record);
        expect(store.listGenerations("owner-a").map((r) => r.id)).toEqual([a2.id, a1.id]);
        expect(store.listGenerations("owner-b")).toEqual([b1]);
        expect(store.listGenerations("owner-c")).toEqual([]);
      }),
    );

    it(
      "counts an owner's generations created at or after a time",
      withStore(({ store }) => {
        const records = [1000, 2000, 3000].map((createdAt) => sampleRecord({ createdAt }));
        for (const record of records) store.addGeneration(record);
        store.addGeneration(sampleRecord({ owner: "owner-b", createdAt: 2500 }));
        expect(store.countSince("owner-a", 0)).toBe(3);
        expect(store.countSince("owner-a", 2000)).toBe(2);
        expect(store.countSince("owner-a", 2001)).toBe(1);
        expect(store.countSince("owner-a", 3001)).toBe(0);
        expect(store.countSince("owner-b", 0)).toBe(1);
      }),
    );

    it(
      "knows when each worker becomes free",
      withStore(({ store }) => {
        store.addGeneration(sampleRecord({ worker: 0, endsAt: 5000 }));
        store.addGeneration(sampleRecord({ worker: 0, endsAt: 4000 }));
        store.addGeneration(sampleRecord({ worker: 2, endsAt: 7000 }));
        // A generation refused before it reached a worker (-1) occupies none.
        store.addGeneration(sampleRecord({ worker: -1, endsAt: 9000 }));
        expect(store.workerFreeAt(3)).toEqual([5000, 0, 7000]);
        expect(store.workerFreeAt(1)).toEqual([5000]);
        expect(store.size()).toBe(4);
      }),
    );

    it(
      "keeps the first of two generations with one id",
      withStore(({ store }) => {
        const first = sampleRecord();
        store.addGeneration(first);
        store.addGeneration({ ...sampleRecord(), id: first.id });
        expect(store.getGeneration(first.id)).toEqual(first);
        expect(store.size()).toBe(1);
        expect(store.listGenerations("owner-a")).toHaveLength(1);
      }),
    );

    it(
      "stores an idempotency record with its generation, per owner",
      withStore(({ store }) => {
        const record = sampleRecord();
        const replay = sampleIdempotency(record);
        store.addGeneration(record, replay);
        expect(store.getIdempotency("owner-a", "key-1")).toEqual(replay);
        expect(store.getIdempotency("owner-b", "key-1")).toBeUndefined();
        expect(store.getIdempotency("owner-a", "key-2")).toBeUndefined();
        // A key reused after its window is replaced by the newer request.
        const later = sampleRecord();
        const newer = sampleIdempotency(later);
        store.addGeneration(later, newer);
        expect(store.getIdempotency("owner-a", "key-1")).toEqual(newer);
      }),
    );

    it(
      "remembers the latest usage reset per owner",
      withStore(({ store }) => {
        store.resetUsage("owner-a", 1000);
        store.resetUsage("owner-a", 2000);
        store.resetUsage("owner-b", 1500);
        expect(store.usageResetAt("owner-a")).toBe(2000);
        expect(store.usageResetAt("owner-b")).toBe(1500);
        expect(store.usageResetAt("owner-c")).toBeUndefined();
      }),
    );

    it(
      "lists the work still running after a time, oldest first",
      withStore(({ store }) => {
        const done = sampleRecord({ endsAt: 1000 });
        const edge = sampleRecord({ endsAt: 2000 });
        const running = sampleRecord({ endsAt: 5000, owner: "owner-b" });
        const later = sampleRecord({ endsAt: 3000 });
        for (const record of [done, edge, running, later]) store.addGeneration(record);
        expect(store.generationsEndingAfter(2000)).toEqual([edge, running, later]);
        expect(store.generationsEndingAfter(5001)).toEqual([]);
      }),
    );

    it("leaves nothing behind when a generation's write fails part-way", () => {
      const subject = open();
      try {
        if (!subject.failWriteAfter) return void console.log(`${label}: no failure injection, atomicity not tested`);
        const { store } = subject;
        const kept = sampleRecord({ worker: 1, endsAt: 2000 });
        store.addGeneration(kept);
        const lost = sampleRecord({ worker: 1, endsAt: 9000 });
        // Asked before, so a store that keeps answers beside its data has them at hand.
        expect([store.size(), store.countSince("owner-a", 0), store.workerFreeAt(2)]).toEqual([1, 1, [0, 2000]]);
        // The generation's row is written, then the idempotency record's write fails.
        subject.failWriteAfter(1);
        expect(() => store.addGeneration(lost, sampleIdempotency(lost, "lost-key"))).toThrow(StoreWriteError);
        expect(store.getGeneration(lost.id)).toBeUndefined();
        expect(store.getIdempotency("owner-a", "lost-key")).toBeUndefined();
        expect(store.listGenerations("owner-a")).toEqual([kept]);
        expect(store.countSince("owner-a", 0)).toBe(1);
        expect(store.size()).toBe(1);
        expect(store.workerFreeAt(2)).toEqual([0, 2000]);
        expect(store.generationsEndingAfter(0)).toEqual([kept]);
        // A failed usage reset keeps the earlier one.
        store.resetUsage("owner-a", 1000);
        subject.failWriteAfter(0);
        expect(() => store.resetUsage("owner-a", 5000)).toThrow(StoreWriteError);
        expect(store.usageResetAt("owner-a")).toBe(1000);
        // The store works on after a failed write.
        store.addGeneration(lost, sampleIdempotency(lost, "lost-key"));
        expect(store.getGeneration(lost.id)).toEqual(lost);
        expect(store.size()).toBe(2);
      } finally {
        subject.close?.();
      }
    });

    it("keeps everything across a reopen", async () => {
      const subject = open();
      if (!subject.reopen) {
        subject.close?.();
        return void console.log(`${label}: cannot reopen, persistence not tested`);
      }
      const a = sampleRecord({ worker: 1, endsAt: 8000 });
      const b = sampleRecord({ owner: "owner-b", worker: 0, endsAt: 6000 });
      subject.store.addGeneration(a, sampleIdempotency(a));
      subject.store.addGeneration(b);
      subject.store.resetUsage("owner-b", 1234);
      await subject.store.durable?.();
      const again = subject.reopen();
      try {
        const { store } = again;
        expect(store.size()).toBe(2);
        expect(store.getGeneration(a.id)).toEqual(a);
        expect(store.listGenerations("owner-b")).toEqual([b]);
        expect(store.getIdempotency("owner-a", "key-1")).toEqual(sampleIdempotency(a));
        expect(store.usageResetAt("owner-b")).toBe(1234);
        expect(store.workerFreeAt(2)).toEqual([6000, 8000]);
        expect(store.generationsEndingAfter(0)).toEqual([a, b]);
      } finally {
        again.close?.();
      }
    });
  });
}
