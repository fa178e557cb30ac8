/**
 * Upgrading from the journal (`journal.jsonl`, one JSON change per line, written by simulator
 * 0.1): its generations and idempotency records are copied into the database in one transaction,
 * then the file is renamed `journal.jsonl.imported`, so nobody loses state on upgrade.
 *
 * The journal had known faults, tolerated here: a last line cut short by a crash; a record appended
 * onto such a line (both on one line); a line of valid JSON of the wrong shape. Each line skipped is
 * named in a warning. A crash between the commit and the rename imports again: ids already present
 * are kept as they are, so a second import changes nothing.
 */
import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { SqlStore } from "../../store/sql/store.ts";
import type { GenerationRecord, IdempotencyRecord, StoreEvent } from "../../store/types.ts";

export const JOURNAL = "journal.jsonl";

export interface JournalImport {
  generations: number;
  idempotencyRecords: number;
  /** One line per skipped journal line: its number and why. */
  warnings: string[];
}

/** Imports `<dataDir>/journal.jsonl` if there is one; undefined if there is none. */
export function importJournal(dataDir: string, store: SqlStore): JournalImport | undefined {
  const file = join(dataDir, JOURNAL);
  if (!existsSync(file)) return undefined;
  const { events, warnings } = readJournal(readFileSync(file, "utf8"));
  const counts = store.importEvents(events);
  renameSync(file, `${file}.imported`);
  return { ...counts, warnings };
}

export function readJournal(text: string): { events: StoreEvent[]; warnings: string[] } {
  const events: StoreEvent[] = [];
  const warnings: string[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${JOURNAL} line ${index + 1}`;
    const last = index >= lines.length - 2;
    const parsed = parseLine(line);
    if (parsed === undefined) {
      warnings.push(`${where}: ${last ? "cut short (the simulator stopped while writing it)" : "not valid JSON"}; skipped`);
      return;
    }
    for (const { value, salvaged } of parsed) {
      const event = asEvent(value);
      if (typeof event === "string") warnings.push(`${where}: ${event}; skipped`);
      else {
        events.push(event);
        if (salvaged) warnings.push(`${where}: a record cut short by a crash, followed by a whole one; the whole one was kept`);
      }
    }
  });
  return { events, warnings };
}

/** The line's value, or the whole record that follows a torn one on the same line. */
function parseLine(line: string): { value: unknown; salvaged: boolean }[] | undefined {
  try {
    return [{ value: JSON.parse(line), salvaged: false }];
  } catch {
    const start = line.lastIndexOf('{"type":');
    if (start <= 0) return undefined;
    try {
      return [{ value: JSON.parse(line.slice(start)), salvaged: true }];
    } catch {
      return undefined;
    }
  }
}

/** The event, or what is wrong with it. */
function asEvent(value: unknown): StoreEvent | string {
  if (!isObject(value)) return `expected a JSON object, found ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`;
  const { type, record } = value;
  if (type === "generation") {
    const problem = generationProblem(record);
    return problem ? `a generation ${problem}` : { type, record: record as GenerationRecord };
  }
  if (type === "idempotency") {
    const problem = idempotencyProblem(record);
    return problem ? `an idempotency record ${problem}` : { type, record: record as IdempotencyRecord };
  }
  return `"type" must be "generation" or "idempotency", found ${JSON.stringify(type) ?? "nothing"}`;
}

function generationProblem(record: unknown): string | undefined {
  if (!isObject(record)) return "without its record";
  const { id, owner, createdAt, request, schedule, outcome } = record;
  if (typeof id !== "string" || typeof owner !== "string" || typeof createdAt !== "number") return "without id, owner or createdAt";
  if (!isObject(request) || typeof request.model !== "string" || typeof request.prompt !== "string") return `${id} without its request`;
  if (!isObject(schedule) || !["worker", "queuedAt", "startedAt", "videoDoneAt", "endsAt"].every((k) => typeof schedule[k] === "number")) {
    return `${id} without its schedule`;
  }
  if (!isObject(outcome) || (outcome.kind !== "completed" && outcome.kind !== "failed")) return `${id} without its outcome`;
  return undefined;
}

function idempotencyProblem(record: unknown): string | undefined {
  if (!isObject(record)) return "without its record";
  const { owner, key, fingerprint, createdAt } = record;
  if (typeof owner !== "string" || typeof key !== "string" || typeof fingerprint !== "string" || typeof createdAt !== "number" || !("response" in record)) {
    return "without owner, key, fingerprint, createdAt or response";
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
