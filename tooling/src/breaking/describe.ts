/**
 * Puts one api-smart-diff change into words a user of the API understands ("model `wan_25`
 * removed", "`duration` no longer accepts 10"). The words come from the change's place in the
 * normalised documents; what the change means (breaking or not) is decided elsewhere.
 */
import type { Diff } from "api-smart-diff";
import { annotationKeywords } from "./normalise.ts";
import { getAt, type Location } from "./locate.ts";

type Segment = string | number;
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

export const formatValue = (value: unknown): string =>
  typeof value === "string" ? `\`${value}\`` : `\`${JSON.stringify(value)}\``;

/** The `const` of each property of a schema, looking through `oneOf`/`anyOf` branches that agree. */
function constProperties(schema: unknown): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (!isNode(schema)) return found;
  if (isNode(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (isNode(property) && "const" in property) found.set(name, property.const);
      else if (isNode(property) && Array.isArray(property.enum) && property.enum.length === 1) found.set(name, property.enum[0]);
    }
  }
  const branches = (schema.oneOf ?? schema.anyOf) as unknown;
  if (Array.isArray(branches) && branches.length > 0) {
    const [first, ...others] = branches.map(constProperties);
    for (const [name, value] of first!) {
      if (others.every((other) => other.has(name) && JSON.stringify(other.get(name)) === JSON.stringify(value))) found.set(name, value);
    }
  }
  return found;
}

const requiredOf = (schema: unknown): string[] =>
  isNode(schema) && Array.isArray(schema.required) ? (schema.required as string[]) : [];
const forbids = (schema: unknown, name: string): boolean =>
  isNode(schema) &&
  ((isNode(schema.properties) && schema.properties[name] === false) ||
    (schema.additionalProperties === false && !(isNode(schema.properties) && name in schema.properties)));

/**
 * Names one branch of a `oneOf`/`anyOf` by what sets it apart from its siblings: a constant
 * ("model `kling_25`"), else a field it requires that a sibling rejects ("with `image_url`") or
 * rejects where a sibling requires it ("without `image_url`"), else its title.
 */
export function branchLabel(branch: unknown, siblings: unknown[]): string {
  const own = constProperties(branch);
  const others = siblings.filter((sibling) => sibling !== branch).map(constProperties);
  for (const [name, value] of own) {
    if (others.length === 0 || others.some((other) => JSON.stringify(other.get(name)) !== JSON.stringify(value))) {
      return `${name} ${formatValue(value)}`;
    }
  }
  for (const name of requiredOf(branch)) {
    if (siblings.some((sibling) => sibling !== branch && forbids(sibling, name))) return `with \`${name}\``;
  }
  for (const sibling of siblings) {
    if (sibling === branch) continue;
    for (const name of requiredOf(sibling)) if (forbids(branch, name)) return `without \`${name}\``;
  }
  if (isNode(branch) && typeof branch.title === "string") return `“${branch.title}”`;
  return "";
}

interface SchemaPlace {
  field: string;
  branches: string[];
  /** The last segments: the keyword changed and its key (an index or a property name). */
  keyword?: Segment;
  key?: Segment;
}

const keyedSchemas = new Set(["properties", "patternProperties", "dependentSchemas", "oneOf", "anyOf", "allOf", "prefixItems"]);
const singleSchemas = new Set(["items", "additionalProperties", "if", "then", "else", "not", "contains", "propertyNames"]);

/** Walks a schema path, collecting the field (`error.code`, `generations[].status`) and branch labels. */
function schemaPlace(schemaPath: Segment[], roots: unknown[], diff: Diff): SchemaPlace {
  const fields: string[] = [];
  const branches: string[] = [];
  let nodes = roots;
  const step = (...keys: Segment[]) => {
    nodes = nodes.map((node) => getAt(node, keys));
  };
  let i = 0;
  while (i < schemaPath.length) {
    const keyword = schemaPath[i]!;
    const key = schemaPath[i + 1];
    const remaining = schemaPath.length - i;
    const name = String(keyword);
    if (keyedSchemas.has(name) && remaining > 2) {
      if (keyword === "properties" || keyword === "patternProperties" || keyword === "dependentSchemas") fields.push(String(key));
      if (keyword === "prefixItems") fields.push(`[${String(key)}]`);
      if (keyword === "oneOf" || keyword === "anyOf") {
        const siblings = (nodes.map((node) => getAt(node, [keyword])).find(Array.isArray) as unknown[]) ?? [];
        step(keyword, key!);
        const label = branchLabel(nodes.find(isNode), siblings);
        if (label && !branches.includes(label)) branches.push(label);
      } else step(keyword, key!);
      i += 2;
    } else if (singleSchemas.has(name) && remaining > 1) {
      if (keyword === "items") fields.push("[]");
      step(keyword);
      i += 1;
    } else {
      if ((keyword === "oneOf" || keyword === "anyOf") && remaining === 2) {
        // A whole branch added or removed: name it by what sets it apart.
        const siblings = (nodes.map((node) => getAt(node, [keyword])).find(Array.isArray) as unknown[]) ?? [];
        const branch = diff.action === "add" ? diff.after : diff.before;
        const label = branchLabel(branch, siblings.includes(branch) ? siblings : [...siblings, branch]);
        return { field: joinField(fields), branches, keyword, key: label || (key as Segment) };
      }
      return { field: joinField(fields), branches, keyword, ...(key === undefined ? {} : { key }) };
    }
  }
  return { field: joinField(fields), branches };
}

const joinField = (fields: string[]): string => fields.join(".").replace(/\.\[\]/g, "[]");

const limitWords: Record<string, string> = {
  minimum: "minimum",
  maximum: "maximum",
  exclusiveMinimum: "exclusive minimum",
  exclusiveMaximum: "exclusive maximum",
  minLength: "minimum length",
  maxLength: "maximum length",
  minItems: "minimum items",
  maxItems: "maximum items",
  minProperties: "minimum properties",
  maxProperties: "maximum properties",
  multipleOf: "step",
};

/**
 * A described change: its words and, for a change about one value among several (an enum value,
 * a component name), that value apart, so that a report can list similar changes on one line.
 */
export interface Described {
  /** The alternative the change is in, when the schema has several: "model `kling_25` with `image_url`". */
  owner?: string;
  text: string;
  value?: string;
}

export const fullText = ({ owner, text, value }: Described): string =>
  `${owner ? `${owner}: ` : ""}${value ? `${text} ${value}` : text}`;

export function describe(diff: Diff, location: Location, docs: { before: unknown; after: unknown }): Described {
  const verb = diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : diff.action === "rename" ? "renamed" : "changed";
  const input = location.direction === "input";

  if (location.where === "components") {
    const [, section, name] = diff.path;
    const words = diff.action === "add" ? "gains" : diff.action === "remove" ? "loses" : "changes";
    return { text: `\`components.${String(section)}\` ${words}`, value: `\`${String(name)}\`` };
  }

  if (!location.schemaPath) {
    const subject = location.subject ?? "";
    if (subject.startsWith("answer ")) return { text: `${subject} ${verb}` };
    if (subject === "operation") return { text: `operation ${verb}` };
    if (subject === "endpoint") return { text: `endpoint ${verb}` };
    if (subject === "parameter") {
      const value = diff.action === "add" ? diff.after : diff.before;
      const name = isNode(value) && typeof value.name === "string" ? `${String(value.in ?? "")} parameter \`${value.name}\``.trim() : location.part;
      return { text: `${name} ${verb}` };
    }
    if (subject === "required" && location.part) {
      return { text: `${location.part} ${diff.after === true ? "is now required" : "is now optional"}` };
    }
    if (subject.startsWith("header ")) return { text: `${subject} ${verb}` };
    return { text: `${subject || diff.path.join(".")} ${verb}` };
  }

  const roots = [docs.before, docs.after].map((doc) => getAt(doc, location.schemaRoot!));
  const place = schemaPlace(location.schemaPath, diff.action === "add" ? roots.reverse() : roots, diff);
  const owner = place.branches.length ? { owner: place.branches.join(" ") } : {};
  const field = place.field ? `\`${place.field}\`` : location.part === "request" ? "the request body" : "the body";
  const child = (name: Segment) => `\`${place.field ? `${place.field}.` : ""}${String(name)}\``;
  const { keyword, key } = place;

  if (keyword === "properties" && key !== undefined) return { ...owner, text: `field ${child(key)} ${verb}` };
  if (keyword === "required") {
    const name = diff.action === "add" ? diff.after : diff.before;
    const words = input
      ? diff.action === "add" ? "is now required" : "is now optional"
      : diff.action === "add" ? "is now always present" : "may now be absent";
    return { ...owner, text: `${child(String(name))} ${words}` };
  }
  if (keyword === "enum") {
    const value = formatValue(diff.action === "add" ? diff.after : diff.before);
    if (diff.action === "replace") return { ...owner, text: `${field}: value ${formatValue(diff.before)} → ${formatValue(diff.after)}` };
    const words = input
      ? diff.action === "add" ? "accepts" : "no longer accepts"
      : diff.action === "add" ? "can be" : "can no longer be";
    return { ...owner, text: `${field} ${words}`, value };
  }
  if (keyword === "oneOf" || keyword === "anyOf") {
    const label = typeof key === "string" ? key : `an alternative of ${field}`;
    return { ...owner, text: `${label} ${verb}` };
  }
  if (keyword === undefined) return { ...owner, text: `${field} ${verb}` };
  const name = String(keyword);
  if (annotationKeywords.has(name) || name.startsWith("x-")) return { ...owner, text: `${name === "examples" || name === "example" ? "example" : name} of ${field} ${verb}` };
  const label = limitWords[name] ?? name;
  if (diff.action === "replace") return { ...owner, text: `${label} of ${field}: ${formatValue(diff.before)} → ${formatValue(diff.after)}` };
  if (diff.action === "add") return { ...owner, text: `${field} gets ${label} ${formatValue(diff.after)}` };
  return { ...owner, text: `${field} loses ${label} ${formatValue(diff.before)}` };
}
