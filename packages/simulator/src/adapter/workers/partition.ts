/**
 * Team mode's partitions: one Durable Object per API key, named by the first PARTITION_DIGITS hex
 * digits of the key's SHA-256 (never the key), and generation ids that carry those digits so the
 * public `GET /v1/video/{id}` finds its object without a key. Ids keep GenerationId's pattern
 * `^gen_[0-9a-f]{13}_[0-9]{6}$`: 6 partition digits + 7 random hex digits + 6 random decimal digits.
 * Two keys whose hashes share the prefix share an object; the store, quota and rate limiter inside
 * still keep them apart (they are per key there), only the dashboard's settings are then shared.
 */
import { randomBytes, sha256Hex } from "../../util/random.ts";

export const PARTITION_DIGITS = 6;
const ID = /^gen_([0-9a-f]{6})[0-9a-f]{7}_[0-9]{6}$/;

export async function partitionOfKey(key: string): Promise<string> {
  return (await sha256Hex(key)).slice(0, PARTITION_DIGITS);
}

/** The Durable Object's name for a partition. */
export function objectName(partition: string): string {
  return `keys-${partition}`;
}

/** The partition an id was made in, or undefined for an id of another shape. */
export function partitionOfId(id: string): string | undefined {
  return ID.exec(id)?.[1];
}

/** A new generation id in `partition`. */
export function partitionedGenerationId(partition: string): string {
  const bytes = randomBytes(8);
  let hex = "";
  for (let i = 0; i < 4; i++) hex += bytes[i]!.toString(16).padStart(2, "0");
  const digits = ((bytes[4]! * 2 ** 24 + bytes[5]! * 2 ** 16 + bytes[6]! * 2 ** 8 + bytes[7]!) % 1_000_000).toString().padStart(6, "0");
  return `gen_${partition}${hex.slice(0, 7)}_${digits}`;
}
