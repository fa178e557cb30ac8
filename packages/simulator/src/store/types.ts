/** What the simulator remembers. Records are plain JSON so a store can persist them as they are. */
import type { GenerationType } from "../contract/names.ts";

export interface GenerationRequest {
  model: string;
  type: GenerationType;
  prompt: string;
  duration: number;
  resolution: string;
  aspect_ratio: string | null;
  /** The seed actually used (never -1). */
  seed: number;
  camera_fixed: boolean;
  add_audio: boolean;
  audio_prompt?: string;
  image_url?: string;
}

/** Wall-clock milliseconds at which the generation passes each point; fixed when it is accepted. */
export interface Schedule {
  worker: number;
  queuedAt: number;
  startedAt: number;
  videoDoneAt: number;
  /** Completion (after the audio pass, if any) or the moment it fails. */
  endsAt: number;
}

export type Outcome = { kind: "completed" } | { kind: "failed"; code: string; message: string };

export interface GenerationRecord {
  id: string;
  /** SHA-256 of the API key that created it; the key itself is never stored. */
  owner: string;
  createdAt: number;
  request: GenerationRequest;
  schedule: Schedule;
  outcome: Outcome;
}

export interface IdempotencyRecord {
  owner: string;
  key: string;
  /** Canonical JSON of the request body, to tell a replay from a reuse. */
  fingerprint: string;
  createdAt: number;
  response: unknown;
}

/** One change to the state; a persistent store appends these and replays them at start. */
export type StoreEvent =
  | { type: "generation"; record: GenerationRecord }
  | { type: "idempotency"; record: IdempotencyRecord };

/**
 * Synchronous on purpose: check-then-insert (quota, idempotency) must not interleave with another
 * request, and in a single-threaded runtime (Node, a Durable Object) a synchronous section cannot.
 * A write that cannot be made durable throws `StoreWriteError` and leaves nothing of itself behind.
 */
export interface Store {
  /** Adds a generation and, if given, its idempotency record: both land or neither does. */
  addGeneration(record: GenerationRecord, idempotency?: IdempotencyRecord): void;
  getGeneration(id: string): GenerationRecord | undefined;
  /** The owner's generations, newest first. */
  listGenerations(owner: string): readonly GenerationRecord[];
  /** How many generations the owner created at or after `since`. */
  countSince(owner: string, since: number): number;
  /** When each worker becomes free, derived from the scheduled generations. */
  workerFreeAt(workers: number): number[];
  /** Number of generations ever accepted (the index of the next seeded failure draw). */
  size(): number;
  getIdempotency(owner: string, key: string): IdempotencyRecord | undefined;
  /** When the owner's usage was last reset (a simulator-only control), if ever. */
  usageResetAt(owner: string): number | undefined;
  resetUsage(owner: string, at: number): void;
  /** Generations whose schedule ends at or after `time`, oldest first: work to resume after a restart. */
  generationsEndingAfter(time: number): readonly GenerationRecord[];
  /**
   * For a store that commits writes in groups: resolves once every write made so far is durable,
   * rejects with StoreWriteError if they could not be (then none of them remain). Every answer
   * waits for it, so no answer shows a write that could still be lost. Absent: writes are durable
   * when they return.
   */
  durable?(): Promise<void>;
}

/** A write the store could not make durable (disk full, read-only file); the request must fail whole. */
export class StoreWriteError extends Error {
  override readonly name = "StoreWriteError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
