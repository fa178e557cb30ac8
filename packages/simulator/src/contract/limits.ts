/** Limits the contract states outside JSON Schema, as extensions (see spec/extensions.md). */
import { spec } from "./spec.ts";

function maxBodyBytes(): number {
  const operation = spec.paths["/v1/generate"]?.post as { requestBody?: Record<string, unknown> } | undefined;
  const value = operation?.requestBody?.["x-max-body-bytes"];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new Error("spec: POST /v1/generate requestBody must state x-max-body-bytes as a positive integer");
  }
  return value;
}

/** The largest request body the API accepts (`x-max-body-bytes`). */
export const CONTRACT_MAX_BODY_BYTES = maxBodyBytes();
