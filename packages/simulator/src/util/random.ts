/** Identifiers and randomness from Web Crypto (available in every runtime), plus a seeded PRNG. */

// One getRandomValues call per 4 KiB instead of two per generation: on Node each call costs
// about as much as filling a few KiB, and was a tenth of the CPU time of POST /v1/generate.
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let used = POOL_SIZE;

/** Reserves `n` (≤ 4096) fresh bytes of the pool and returns where they start. */
function reserve(n: number): number {
  if (used + n > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    used = 0;
  }
  used += n;
  return used - n;
}

/** `n` (≤ 4096) fresh random bytes from a pooled buffer (a copy: callers may keep it). */
export function randomBytes(n: number): Uint8Array {
  const start = reserve(n);
  return pool.slice(start, start + n);
}

/** Big-endian unsigned 32-bit value of four bytes from `offset`. */
function uint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

/** The microsecond the last id was stamped with; ids never repeat or go back within a process. */
let lastStamp = 0;

/**
 * `gen_` + 13 hex digits + `_` + 6 digits, as GenerationId's pattern requires, made the way the
 * public API's ids are (`gen_686717fe97bd3_055867`: the seconds since 1970 in 8 hex digits, the
 * microsecond in 5, then 6 random digits). Ids in creation order keep the store's id index growing
 * at one end: random ones touched a page of it per insert, each written again at every commit.
 */
export function generationId(): string {
  lastStamp = Math.max(Date.now() * 1000, lastStamp + 1);
  const seconds = Math.floor(lastStamp / 1_000_000);
  const micros = lastStamp % 1_000_000;
  const digits = (randomSeed() % 1_000_000).toString().padStart(6, "0");
  return `gen_${seconds.toString(16).padStart(8, "0")}${micros.toString(16).padStart(5, "0")}_${digits}`;
}

export function requestId(): string {
  return crypto.randomUUID();
}

/** A seed in 0..4294967295 for requests that sent none (or -1). */
export function randomSeed(): number {
  // reserve() may replace the pool: read it only after.
  const start = reserve(4);
  return uint32(pool, start);
}

/** Deterministic value in [0, 1) for (seed, n): the n-th draw of a seeded sequence (mulberry32). */
export function seededDraw(seed: number, n: number): number {
  let t = (Math.imul(seed ^ 0x9e3779b9, 1) + Math.imul(n, 0x6d2b79f5)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** FNV-1a, for stable non-secret spreads (e.g. a per-model speed factor). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** SHA-256 hex of a string: how API keys are remembered (the key itself is never stored). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
