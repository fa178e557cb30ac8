/**
 * The docs' example generation — the contract's `StatusCompleted` example, with its id
 * gen_686717fe97bd3_055867 — belongs to the development key from the start. So every sample in
 * the docs (status, download, HEAD) works against the simulator with only the base URL and key
 * changed, as it would against the real API for the user who made that generation.
 */
import { spec } from "./contract/spec.ts";
import type { GenerationType } from "./contract/names.ts";
import type { GenerationRecord, Store } from "./store/types.ts";
import { sha256Hex } from "./util/random.ts";

interface CompletedExample {
  generation_id: string;
  type: GenerationType;
  model: { key: string };
  prompt: string;
  duration: number;
  resolution: string;
  aspect_ratio: string | null;
  seed: number;
  add_audio: boolean;
  created_at: string;
  completed_at: string;
}

export function docsExampleRecord(owner: string): GenerationRecord {
  const example = (spec as unknown as { components: { examples: Record<string, { value: CompletedExample }> } }).components.examples
    .StatusCompleted!.value;
  const createdAt = Date.parse(example.created_at);
  const endsAt = Date.parse(example.completed_at);
  return {
    id: example.generation_id,
    owner,
    createdAt,
    request: {
      model: example.model.key,
      type: example.type,
      prompt: example.prompt,
      duration: example.duration,
      resolution: example.resolution,
      aspect_ratio: example.aspect_ratio,
      seed: example.seed,
      camera_fixed: false,
      add_audio: example.add_audio,
    },
    // Worker -1: it ran before this simulator started, so it occupies none of its workers.
    schedule: { worker: -1, queuedAt: createdAt, startedAt: createdAt, videoDoneAt: endsAt, endsAt },
    outcome: { kind: "completed" },
  };
}

/** Adds the example for `devKey` unless the store has it already (a restart with a data directory). */
export async function seedDocsExample(store: Store, devKey: string): Promise<void> {
  const record = docsExampleRecord(await sha256Hex(devKey));
  if (!store.getGeneration(record.id)) store.addGeneration(record);
}
