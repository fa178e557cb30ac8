/**
 * The bundled contract (spec/dist/openapi.json) and small helpers to read it. Every API fact the
 * simulator needs — models, limits, defaults, status and error names — is read from here.
 */
import bundled from "@videogenapi/spec/openapi.json" with { type: "json" };

export type JsonSchema = { [keyword: string]: unknown };

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ParameterObject>;
  };
}

export interface ParameterObject {
  name: string;
  in: "query" | "path" | "header";
  required?: boolean;
  schema: JsonSchema;
}

/** The bundled spec. Typed loosely on purpose: the shape is checked where it is read. */
export const spec = bundled as unknown as OpenApiDocument;

/** Base URI under which the spec is registered with the validator, so `$ref`s resolve. */
export const SPEC_ID = "https://videogenapi.local/openapi.json";

/** Follows `{ $ref: "#/components/..." }` (repeatedly) to the schema or object it names. */
export function deref<T = JsonSchema>(node: unknown): T {
  let current = node as { $ref?: string } | undefined;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`spec: $ref loop at ${current.$ref}`);
    current = pointer(current.$ref) as { $ref?: string };
  }
  return current as T;
}

const pointerCache = new Map<string, unknown>();

/** Resolves a local JSON pointer such as `#/components/schemas/Prompt` (cached: the spec never changes). */
export function pointer(ref: string): unknown {
  if (!pointerCache.has(ref)) pointerCache.set(ref, resolvePointer(ref));
  return pointerCache.get(ref);
}

function resolvePointer(ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`spec: only local $refs are supported, got ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], spec);
}

export function schema(name: string): JsonSchema {
  const found = spec.components.schemas[name];
  if (!found) throw new Error(`spec: no components.schemas.${name}`);
  return found;
}

/** The values a string schema allows, written as `enum` or `const`. */
export function allowedValues(node: unknown): unknown[] {
  const resolved = deref(node);
  if (Array.isArray(resolved.enum)) return resolved.enum as unknown[];
  if ("const" in resolved) return [resolved.const];
  throw new Error("spec: schema lists no allowed values");
}

/** The `x-enumDescriptions` of an `enum`, keyed by value (used for human messages). */
export function enumDescriptions(node: unknown): Map<string, string> {
  const descriptions = (deref(node)["x-enumDescriptions"] ?? {}) as Record<string, unknown>;
  return new Map(Object.entries(descriptions).map(([value, text]) => [value, String(text)]));
}

const parameterCache = new Map<string, ParameterObject[]>();

/** The parameters (path-level and operation-level) of one operation, resolved (and cached). */
export function operationParameters(path: string, method: string): ParameterObject[] {
  const key = `${method} ${path}`;
  let found = parameterCache.get(key);
  if (!found) {
    found = readParameters(path, method);
    parameterCache.set(key, found);
  }
  return found;
}

function readParameters(path: string, method: string): ParameterObject[] {
  const item = spec.paths[path];
  if (!item) throw new Error(`spec: no path ${path}`);
  const operation = item[method] as { parameters?: unknown[] } | undefined;
  if (!operation) throw new Error(`spec: no ${method} ${path}`);
  const shared = (item.parameters ?? []) as unknown[];
  return [...shared, ...(operation.parameters ?? [])].map((parameter) => deref<ParameterObject>(parameter));
}
