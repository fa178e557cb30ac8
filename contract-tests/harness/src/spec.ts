/**
 * The bundled contract (`@videogenapi/spec`, built by turbo's ^build) and the facts the matrix reads
 * from it: statuses, error and failure codes, models, and the request examples of POST /v1/generate.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { readCatalog, type Catalog } from "@videogenapi/tooling/catalog";

const require = createRequire(import.meta.url);

/** Absolute paths of the bundled spec, as a consumer of the published package resolves them. */
export const specJson = require.resolve("@videogenapi/spec/openapi.json");
export const specYaml = require.resolve("@videogenapi/spec/openapi.yaml");

type Json = Record<string, any>;

export function loadSpec(): Json {
  try {
    return JSON.parse(readFileSync(specJson, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${specJson} (built? run pnpm --filter @videogenapi/spec build): ${(error as Error).message}`);
  }
}

export function loadCatalog(spec: Json = loadSpec()): Catalog {
  return readCatalog(spec);
}

function deref(spec: Json, node: Json): Json {
  if (typeof node?.$ref !== "string") return node;
  return deref(spec, node.$ref.replace(/^#\//, "").split("/").reduce((at: Json, key: string) => at?.[key], spec));
}

/** The documented request bodies of POST /v1/generate, by example name (TextToVideo, ImageToVideo, …). */
export function requestExamples(spec: Json = loadSpec()): Record<string, Json> {
  const examples = spec.paths?.["/v1/generate"]?.post?.requestBody?.content?.["application/json"]?.examples;
  if (!examples) throw new Error("spec: POST /v1/generate has no request examples");
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, deref(spec, example as Json).value]));
}
