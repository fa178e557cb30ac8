/**
 * Every API change between two bundled contracts, classified and in words: api-smart-diff over
 * the normalised operations (what requests are accepted and what answers say), plus the names of
 * the components (types the SDK exports as `components[...]`).
 */
import { apiCompare, type Diff } from "api-smart-diff";
import { classify } from "./classify.ts";
import { describe, fullText } from "./describe.ts";
import { locate } from "./locate.ts";
import { normaliseForDiff, type OpenApiDocument } from "./normalise.ts";
import type { ApiChange } from "./types.ts";

/** The component names, each with an empty body: only additions and removals of names show. */
function componentNames(doc: OpenApiDocument): OpenApiDocument {
  const components = Object.fromEntries(
    Object.entries(doc.components ?? {}).map(([section, entries]) => [
      section,
      Object.fromEntries(Object.keys(entries as object).map((name) => [name, {}])),
    ]),
  );
  return { openapi: doc.openapi ?? "3.1.0", info: { title: "", version: "" }, paths: {}, components };
}

function toChange(diff: Diff, docs: { before: unknown; after: unknown }): ApiChange {
  const location = locate(diff.path, docs);
  const verdict = classify(diff, location);
  const described = describe(diff, location, docs);
  // Which alternative an annotation changed in does not matter to users: leave it out, so that
  // the same documentation change across many request shapes reads as one line.
  const words = verdict.class === "annotation" ? { ...described, owner: undefined } : described;
  return {
    class: verdict.class,
    text: fullText(words),
    words: words.text,
    ...(words.owner ? { owner: words.owner } : {}),
    ...(words.value ? { value: words.value } : {}),
    where: location.where,
    ...(location.part ? { part: location.part } : {}),
    library: { type: diff.type, path: diff.path.join("/"), ...(diff.description ? { description: diff.description } : {}) },
    ...(verdict.reclassified ? { reclassified: `api-smart-diff says ${diff.type}; ${verdict.reclassified}` } : {}),
  };
}

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

type Node = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Deletes the entries (under `keys`) that are equal in both objects. */
function dropEqual(a: Node, b: Node, keys: string[]): void {
  for (const key of keys) {
    if (key in a && key in b && same(a[key], b[key])) {
      delete a[key];
      delete b[key];
    }
  }
}

/**
 * The documents without what is the same in both — whole operations, request bodies, answers:
 * equal parts give no diffs, and leaving them out keeps the diff of a one-line change to a second
 * or two instead of five.
 */
function withoutEqualParts(before: OpenApiDocument, after: OpenApiDocument): [OpenApiDocument, OpenApiDocument] {
  const pathsBefore = structuredClone(before.paths ?? {}) as Record<string, Node>;
  const pathsAfter = structuredClone(after.paths ?? {}) as Record<string, Node>;
  for (const [path, item] of Object.entries(pathsBefore)) {
    const other = pathsAfter[path];
    if (!other) continue;
    const methods = Object.keys(item).filter((key) => httpMethods.has(key));
    dropEqual(item, other, methods);
    for (const method of methods.filter((key) => key in item && key in other)) {
      const [a, b] = [item[method] as Node, other[method] as Node];
      dropEqual(a, b, ["requestBody"]);
      if (a.responses && b.responses) dropEqual(a.responses as Node, b.responses as Node, Object.keys(a.responses as Node));
    }
    if (Object.keys(item).length === 0 && Object.keys(other).length === 0) {
      delete pathsBefore[path];
      delete pathsAfter[path];
    }
  }
  return [{ ...before, paths: pathsBefore } as OpenApiDocument, { ...after, paths: pathsAfter } as OpenApiDocument];
}

export function compareContracts(before: OpenApiDocument, after: OpenApiDocument): ApiChange[] {
  const docs = { before: normaliseForDiff(before), after: normaliseForDiff(after) };
  const operations = apiCompare(...withoutEqualParts(docs.before, docs.after)).diffs;
  const names = apiCompare(componentNames(before), componentNames(after)).diffs.filter(
    (diff) => diff.path[0] === "components" && diff.path.length === 3,
  );
  return [...operations, ...names].map((diff) => toChange(diff, docs));
}
