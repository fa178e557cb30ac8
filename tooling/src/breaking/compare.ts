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

export function compareContracts(before: OpenApiDocument, after: OpenApiDocument): ApiChange[] {
  const docs = { before: normaliseForDiff(before), after: normaliseForDiff(after) };
  const operations = apiCompare(docs.before, docs.after).diffs;
  const names = apiCompare(componentNames(before), componentNames(after)).diffs.filter(
    (diff) => diff.path[0] === "components" && diff.path.length === 3,
  );
  return [...operations, ...names].map((diff) => toChange(diff, docs));
}
