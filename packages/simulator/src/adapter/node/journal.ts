/**
 * Persistence for a data directory: every store change is appended to `journal.jsonl` before the
 * answer is sent, and replayed at start. Because a generation's whole schedule is recorded when it
 * is accepted, replaying the journal restores jobs mid-flight exactly where the clock says they are.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { MemoryStore } from "../../store/memory.ts";
import type { StoreEvent } from "../../store/types.ts";

export interface Journal {
  store: MemoryStore;
  /** Events replayed at open. */
  restored: number;
  close(): void;
}

export function openJournal(dataDir: string): Journal {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "journal.jsonl");
  const events = existsSync(file) ? readEvents(readFileSync(file, "utf8")) : [];
  const fd = openSync(file, "a");
  // Synchronous appends: the event is in the file before the request's answer leaves.
  const store = MemoryStore.replay(events, (event) => {
    writeSync(fd, `${JSON.stringify(event)}\n`);
  });
  return { store, restored: events.length, close: () => closeSync(fd) };
}

function readEvents(text: string): StoreEvent[] {
  const events: StoreEvent[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    try {
      events.push(JSON.parse(line) as StoreEvent);
    } catch (error) {
      // A line cut short by a crash can only be the last one; anything else is corruption.
      if (index < lines.length - 2) throw new Error(`journal.jsonl line ${index + 1} is not valid JSON: ${(error as Error).message}`);
    }
  });
  return events;
}
