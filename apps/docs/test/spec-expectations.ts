/**
 * What the reference must show, read from the bundled spec (never typed here): every operation
 * with its parameters and responses, and for POST /v1/generate every model and mode with each
 * request field's type or constant, allowed values, default, whether it is required, and the
 * rule (`if`/`then` description) of that shape.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { readCatalog } from "@videogenapi/tooling/catalog";

type Json = Record<string, any>;

export const spec: Json = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@videogenapi/spec/openapi.json"), "utf8"));
export const catalog = readCatalog(spec);

export function deref(node: Json): Json {
  if (typeof node?.$ref !== "string") return node;
  const target = node.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((at: any, part: string) => at?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  if (!target) throw new Error(`unresolved ${node.$ref}`);
  return deref(target);
}

/** Markdown as a reader sees it rendered (code spans and emphasis lose their marks). */
export const rendered = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim();

export interface Operation {
  method: string;
  path: string;
  summary: string;
  operation: Json;
  parameters: string[];
  responses: Array<{ status: string; description: string }>;
  /** The first response whose body is the Error object (absent when none has a body, as for HEAD). */
  errorResponse?: string;
}

const isErrorBody = (response: Json) =>
  Object.values<Json>(deref(response).content ?? {}).some((media) => media.schema && deref(media.schema) === spec.components.schemas.Error);

export const operations: Operation[] = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  ["get", "post", "put", "patch", "delete", "head"]
    .filter((method) => item[method])
    .map((method) => ({
      method,
      path,
      summary: item[method].summary as string,
      operation: item[method],
      parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map((p: Json) => deref(p).name as string),
      responses: Object.entries<Json>(item[method].responses).map(([status, response]) => ({
        status,
        description: rendered(deref(response).description ?? ""),
      })),
      errorResponse: Object.keys(item[method].responses).find((status) => isErrorBody(item[method].responses[status])),
    })),
);

export interface Field {
  name: string;
  required: boolean;
  /** The JSON type, when the field is not a single constant. */
  type?: string;
  /** The one value a `const` (or a one-value enum) allows. */
  constant?: string;
  /** Allowed values of an enum with more than one. */
  values: string[];
  default?: string;
}

export interface RequestShape {
  modelKey: string;
  /** The model's title in the "One of" list. */
  modelTitle: string;
  /** The mode's title in the second "One of" list; absent for a model with one shape. */
  modeTitle?: string;
  fields: Field[];
  /** Rule texts as rendered (the `then.description` of each `if`/`then`). */
  rules: string[];
}

function field(name: string, schema: Json, required: boolean): Field {
  const resolved = deref(schema);
  const enumValues: unknown[] = resolved.enum ?? [];
  const constant = "const" in resolved ? resolved.const : enumValues.length === 1 ? enumValues[0] : undefined;
  return {
    name,
    required,
    ...(constant === undefined ? { type: String(resolved.type) } : { constant: String(constant) }),
    values: enumValues.length > 1 ? enumValues.map(String) : [],
    ...(resolved.default === undefined ? {} : { default: String(resolved.default) }),
  };
}

function shape(modelTitle: string, leaf: Json, modeTitle: string | undefined): RequestShape {
  const properties = Object.entries<Json | false>(leaf.properties ?? {}).filter((entry): entry is [string, Json] => entry[1] !== false);
  const required: string[] = leaf.required ?? [];
  return {
    modelKey: field("model", leaf.properties.model, true).constant ?? "",
    modelTitle,
    ...(modeTitle === undefined ? {} : { modeTitle }),
    fields: properties.map(([name, schema]) => field(name, schema, required.includes(name))),
    rules: typeof leaf.then?.description === "string" ? [rendered(leaf.then.description)] : [],
  };
}

/** Every model and mode of the GenerateRequest, in the spec's order. */
export const requestShapes: RequestShape[] = (deref(spec.components.schemas.GenerateRequest).oneOf as Json[]).flatMap((ref) => {
  const model = deref(ref);
  if (!Array.isArray(model.oneOf)) return [shape(model.title, model, undefined)];
  return model.oneOf.map((leafRef: Json) => {
    const leaf = deref(leafRef);
    return shape(model.title, leaf, leaf.title);
  });
});

export const errorCodes = deref(spec.components.schemas.ErrorCode);
