/** Limits the contract states outside JSON Schema, as extensions (see spec/extensions.md). */
import { spec } from "./spec.ts";

function requestBodyLimit(extension: string): number {
  const operation = spec.paths["/v1/generate"]?.post as { requestBody?: Record<string, unknown> } | undefined;
  const value = operation?.requestBody?.[extension];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new Error(`spec: POST /v1/generate requestBody must state ${extension} as a positive integer`);
  }
  return value;
}

/** The largest request body the API accepts (`x-max-body-bytes`). */
export const CONTRACT_MAX_BODY_BYTES = requestBodyLimit("x-max-body-bytes");

/** The deepest nesting of arrays and objects the API parses (`x-max-json-depth`). */
export const CONTRACT_MAX_JSON_DEPTH = requestBodyLimit("x-max-json-depth");
