/**
 * Brings a bundled OpenAPI document into one canonical shape before it is diffed, so that two
 * documents that accept the same requests and give the same answers compare equal whatever their
 * layout: which schemas are named components, whether a rule sits in an `allOf` or beside a
 * `oneOf`, whether a closed list is an `enum` or a `oneOf` of `const`s. api-smart-diff compares
 * structure, and without this a behaviour-preserving restructure reads as hundreds of breaking
 * changes. Every step is exact (same instances valid before and after); the tests check that
 * with ajv on the real contract.
 */
import { merge } from "allof-merge";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
export type OpenApiDocument = JsonObject & { paths?: JsonObject; components?: JsonObject };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keywords that describe a value without constraining it. */
export const annotationKeywords = new Set([
  "title",
  "description",
  "summary",
  "example",
  "examples",
  "externalDocs",
  "$comment",
  "x-enumDescriptions",
  "x-codeSamples",
]);

function resolvePointer(doc: JsonObject, ref: string): Json {
  let node: Json = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`cannot resolve ${ref}`);
    node = (node as Record<string, Json>)[key] ?? null;
    if (node === null) throw new Error(`cannot resolve ${ref}`);
  }
  return node;
}

/**
 * Inlines every internal `$ref`. A schema `$ref` with constraining siblings becomes an `allOf`
 * (OpenAPI 3.1 semantics); elsewhere (responses, parameters) the siblings override the target's
 * fields, as OpenAPI specifies for `summary`/`description`. A recursive schema cannot be inlined:
 * the check says so instead of comparing something else.
 */
export function inlineRefs(doc: JsonObject, value: Json): Json {
  const walk = (value: Json, stack: string[]): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, stack));
    if (!isObject(value)) return value;
    const ref = value.$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) {
      if (stack.includes(ref)) throw new Error(`recursive $ref ${ref}: the breaking-change check cannot inline it`);
      const { $ref: _ignored, ...siblings } = value;
      const target = walk(resolvePointer(doc, ref), [...stack, ref]);
      const rest = walk(siblings, stack) as JsonObject;
      if (Object.keys(rest).length === 0) return target;
      const isSchema = ref.startsWith("#/components/schemas/");
      const constraining = Object.keys(rest).some((key) => !annotationKeywords.has(key));
      if (isSchema && constraining) return { allOf: [target], ...rest };
      return isObject(target) ? { ...target, ...rest } : target;
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, stack)]));
  };
  return walk(value, []);
}

/**
 * A `oneOf`/`anyOf` whose branches are each one distinct `const` (plus annotations and a shared
 * `type`) is the `enum` of those values: distinct constants never overlap, so "exactly one" and
 * "at least one" both mean "one of these values".
 */
export function constBranchesToEnum(value: Json): Json {
  if (Array.isArray(value)) return value.map(constBranchesToEnum);
  if (!isObject(value)) return value;
  const node: JsonObject = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, constBranchesToEnum(v)]));
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = node[keyword];
    if (!Array.isArray(branches) || branches.length === 0 || "enum" in node || "const" in node) continue;
    const consts = branches.every(
      (branch) =>
        isObject(branch) &&
        "const" in branch &&
        Object.keys(branch).every((key) => key === "const" || key === "type" || annotationKeywords.has(key)),
    );
    if (!consts) continue;
    const values = (branches as JsonObject[]).map((branch) => branch.const as Json);
    if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length) continue;
    const types = new Set((branches as JsonObject[]).map((branch) => JSON.stringify(branch.type ?? null)));
    if (types.size !== 1) continue;
    const [branchType] = (branches as JsonObject[]).map((branch) => branch.type);
    if (branchType !== undefined && node.type !== undefined && JSON.stringify(node.type) !== JSON.stringify(branchType)) continue;
    delete node[keyword];
    node.enum = values;
    if (branchType !== undefined) node.type = branchType;
  }
  return node;
}

/** "(?=A)(?=B)…" → ["A", "B", …], or undefined when the pattern is not only top-level lookaheads. */
function lookaheads(pattern: string): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (!pattern.startsWith("(?=", i)) return undefined;
    let depth = 0;
    let j = i;
    for (; j < pattern.length; j++) {
      const char = pattern[j];
      if (char === "\\") j++;
      else if (char === "(") depth++;
      else if (char === ")" && --depth === 0) break;
    }
    if (j >= pattern.length) return undefined;
    parts.push(pattern.slice(i + 3, j));
    i = j + 1;
  }
  return parts;
}

/**
 * Undoes what merging a schema with an identical copy of itself leaves behind (allof-merge joins
 * two equal patterns as `(?=P)(?=P)` and concatenates examples), and drops a `false` property
 * schema where `additionalProperties: false` already rejects that property.
 */
export function tidyMerged(value: Json): Json {
  if (Array.isArray(value)) return value.map(tidyMerged);
  if (!isObject(value)) return value;
  const node: JsonObject = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidyMerged(v)]));
  if (typeof node.pattern === "string") {
    const parts = lookaheads(node.pattern);
    if (parts && parts.length > 0 && new Set(parts).size === 1) node.pattern = parts[0]!;
  }
  if (Array.isArray(node.examples)) {
    node.examples = [...new Map(node.examples.map((example) => [JSON.stringify(example), example])).values()];
  }
  if (node.additionalProperties === false && isObject(node.properties) && !("patternProperties" in node)) {
    const required = Array.isArray(node.required) ? node.required : [];
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(([name, schema]) => !(schema === false && !required.includes(name))),
    );
  }
  return node;
}

/**
 * The canonical form the diff runs on: every path with its schemas inlined, `allOf`s merged
 * (and merged into the branches of a sibling `oneOf`/`anyOf`), const lists as `enum`s. Named
 * components are left out (they are compared by name on their own); security schemes stay, since
 * operations refer to them by name.
 */
export function normaliseForDiff(doc: OpenApiDocument): OpenApiDocument {
  const { components, ...rest } = doc;
  const withoutComponents: JsonObject = { ...rest };
  for (const key of ["paths", "webhooks"]) if (key in doc) withoutComponents[key] = inlineRefs(doc, doc[key]!);
  const inlined = constBranchesToEnum(withoutComponents) as JsonObject;
  const errors: string[] = [];
  const merged = merge(inlined, {
    mergeCombinarySibling: true,
    mergeRefSibling: true,
    onMergeError: (message: string, path: (string | number)[]) => errors.push(`${path.join("/")}: ${message}`),
  }) as JsonObject;
  if (errors.length) throw new Error(`cannot merge allOf schemas:\n${errors.join("\n")}`);
  const tidy = tidyMerged(constBranchesToEnum(merged)) as JsonObject;
  const securitySchemes = isObject(components) ? components.securitySchemes : undefined;
  return { ...tidy, components: securitySchemes ? { securitySchemes } : {} };
}
