/**
 * Which Durable Object answers a request: the public video by the partition its id carries, every
 * other request by its key's partition. A request with no configured key, and a video id of no
 * known partition, needs no state: the entry Worker's own stateless simulator answers it with the
 * same code (401, 404, 405 and validation bodies are identical wherever they are made).
 */
import { bearerToken } from "../../auth/accounts.ts";
import { partitionOfId } from "./partition.ts";

export interface Partitions {
  /** Configured key → its partition. */
  byKey: ReadonlyMap<string, string>;
  /** Every configured key's partition. */
  known: ReadonlySet<string>;
  /** Ids not made in team mode that still belong to a partition (the docs' example generation). */
  fixed: ReadonlyMap<string, string>;
}

const VIDEO = /^\/v1\/video\/([^/]+)$/;

/** The partition whose object answers, or undefined for the entry Worker itself. */
export function partitionFor(request: Request, partitions: Partitions): string | undefined {
  const video = VIDEO.exec(new URL(request.url).pathname);
  if (video) {
    const id = video[1]!;
    const partition = partitions.fixed.get(id) ?? partitionOfId(id);
    return partition !== undefined && partitions.known.has(partition) ? partition : undefined;
  }
  const key = bearerToken(request.headers.get("authorization") ?? undefined);
  return key === undefined ? undefined : partitions.byKey.get(key);
}
