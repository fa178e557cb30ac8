/**
 * Deliberate failures: a prompt marker `[fail:<code>]` (any code of GenerationFailure) makes a
 * generation fail with that code; a seeded failure rate makes the n-th accepted generation fail
 * with `failureCode` whenever the n-th draw of the seed falls under the rate.
 */
import { FAILURE_CODES } from "../contract/names.ts";
import { enumDescriptions, schema } from "../contract/spec.ts";
import { seededDraw } from "../util/random.ts";
import type { Outcome } from "../store/types.ts";

export interface FailurePolicy {
  /** Share of generations (0–1) that fail at random; 0 turns it off. */
  rate: number;
  seed: number;
  /** The code random failures carry. */
  code: string;
}

const MARKER = /\[fail:([a-z_]+)\]/;

const messages = enumDescriptions(schema("FailureCode"));

export function failureMessage(code: string): string {
  // The spec describes each code in two sentences: what happened, then what to do.
  return messages.get(code) ?? "The generation failed.";
}

export function decideOutcome(prompt: string, index: number, policy: FailurePolicy): Outcome {
  const marked = MARKER.exec(prompt)?.[1];
  if (marked && FAILURE_CODES.includes(marked)) return { kind: "failed", code: marked, message: failureMessage(marked) };
  if (policy.rate > 0 && seededDraw(policy.seed, index) < policy.rate) {
    return { kind: "failed", code: policy.code, message: failureMessage(policy.code) };
  }
  return COMPLETED;
}

/** Shared by every generation that completes (records are never changed once stored). */
const COMPLETED: Outcome = Object.freeze({ kind: "completed" });
