/** Everything a simulator can be configured with, and the defaults. */
import { CONTRACT_MAX_BODY_BYTES } from "./contract/limits.ts";
import type { FailurePolicy } from "./lifecycle/failures.ts";
import type { FaultConfig } from "./faults/config.ts";
import type { Store } from "./store/types.ts";
import type { VideoSource } from "./video/source.ts";

/** Accepted by default and printed at start, so a fresh install works without configuration. */
export const DEV_KEY = "lt_dev_videogen_local";

/** Generous enough for a client polling every few milliseconds; tighten it to test 429 handling. */
export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 100, windowSeconds: 1 };

export interface RateLimit {
  /** Requests allowed per window; 0 turns the limit off. */
  requests: number;
  windowSeconds: number;
}

export interface KeyConfig {
  key: string;
  monthlyLimit: number;
  rateLimit?: RateLimit;
  user?: { name?: string; email?: string };
  plan?: { key: string; name: string };
}

export interface SimulatorOptions {
  /** Keys besides the development key. */
  keys?: KeyConfig[];
  /** The development key, or false to accept only `keys`. Default DEV_KEY. */
  devKey?: string | false;
  /** Monthly limit of the development key. Default 100, as the public docs show. */
  devMonthlyLimit?: number;
  /** Give the development key the docs' example generation (see docs-example.ts). Default true. */
  docsExample?: boolean;
  /** Rate limit of keys that set none. Default DEFAULT_RATE_LIMIT. */
  rateLimit?: RateLimit;
  /** Time scale: simulated seconds per wall-clock second. Default 10. */
  speed?: number;
  /** Generations processed at once; the rest wait `in_queue`. Default 2. */
  workers?: number;
  failures?: Partial<FailurePolicy>;
  faults?: Partial<FaultConfig>;
  /** Base of `video_url` (e.g. https://sim.example.test). Default: the request's own origin. */
  publicUrl?: string;
  /** Largest accepted request body. Default: the contract's `x-max-body-bytes`. */
  maxBodyBytes?: number;
  store?: Store;
  /** Makes each new generation's id (GenerationId's pattern); Workers team mode puts the key's partition in it. */
  generationId?: () => string;
  video?: VideoSource;
  /** Clock, for embedding; defaults to Date.now. */
  now?: () => number;
  /**
   * Closes the underlying connection without an answer (fault injection). The Node adapter
   * destroys the socket; elsewhere the answer's body fails mid-stream instead.
   */
  dropConnection?: (env: unknown) => boolean;
}

export interface ResolvedOptions {
  keys: KeyConfig[];
  rateLimit: RateLimit;
  speed: number;
  workers: number;
  failures: FailurePolicy;
  faults: FaultConfig;
  publicUrl?: string;
  maxBodyBytes: number;
  now: () => number;
}

export function resolveOptions(options: SimulatorOptions, defaults: { faults: FaultConfig; failureCode: string }): ResolvedOptions {
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const dev: KeyConfig[] =
    options.devKey === false ? [] : [{ key: options.devKey ?? DEV_KEY, monthlyLimit: options.devMonthlyLimit ?? 100 }];
  const keys = [...dev, ...(options.keys ?? [])];
  const speed = options.speed ?? 10;
  const workers = options.workers ?? 2;
  if (!(speed > 0)) throw new Error("speed must be a positive number");
  if (!Number.isInteger(workers) || workers < 1) throw new Error("workers must be a whole number of at least 1");
  return {
    keys,
    rateLimit,
    speed,
    workers,
    failures: { rate: 0, seed: 1, code: defaults.failureCode, ...options.failures },
    faults: { ...defaults.faults, ...options.faults },
    ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, "") } : {}),
    maxBodyBytes: options.maxBodyBytes ?? CONTRACT_MAX_BODY_BYTES,
    now: options.now ?? Date.now,
  };
}
