/**
 * api-smart-diff's verdict on a change, and the few project rules applied on top of it. The
 * library decides; a rule here only (a) gives a class to what the library leaves "unclassified",
 * or (b) changes one of its verdicts, for two kinds of change, each with its reason (listed in
 * spec/DECISIONS.md, "Releases and breaking changes"). Anything unclassified that no rule
 * covers counts as breaking, so an unknown kind of change cannot slip through as a patch.
 */
import type { Diff } from "api-smart-diff";
import { annotationKeywords } from "./normalise.ts";
import type { Location } from "./locate.ts";
import type { ChangeClass } from "./types.ts";

export interface Verdict {
  class: ChangeClass;
  reclassified?: string;
}

/** Named components that become types in the SDK (openapi-typescript's `components`). */
const typedComponents = new Set(["schemas", "responses", "parameters", "requestBodies", "headers", "pathItems"]);

const fromLibrary = (type: string): ChangeClass | undefined =>
  type === "breaking" ? "breaking" : type === "non-breaking" || type === "deprecated" ? "non-breaking" : type === "annotation" ? "annotation" : undefined;

/** The class of a change the library left unclassified, by the keyword that changed. */
function classifyUnclassified(diff: Diff, location: Location): Verdict | undefined {
  const keys = diff.path.map(String);
  const last = keys[keys.length - 1]!;
  if (location.where === "components") {
    const section = keys[1]!;
    if (section === "examples") return { class: "annotation", reclassified: "a named example documents, it does not constrain" };
    if (typedComponents.has(section)) {
      return diff.action === "add"
        ? { class: "non-breaking", reclassified: "a new named component is a new type in the SDK's `components`" }
        : { class: "breaking", reclassified: "a named component is a type in the SDK's `components` and a `$ref` target of the published document" };
    }
  }
  if (keys.includes("examples") || keys.includes("example")) return { class: "annotation", reclassified: "examples document, they do not constrain" };
  const annotation = keys.find((key) => annotationKeywords.has(key));
  if (annotation && keys.indexOf(annotation) >= keys.length - 2) {
    return { class: "annotation", reclassified: `\`${annotation}\` documents, it does not constrain` };
  }
  if (keys.includes("x-model")) {
    return { class: "non-breaking", reclassified: "`x-model` feeds the SDK's model catalog and the answers' model names" };
  }
  if (last === "x-max-body-bytes") {
    const smaller = typeof diff.before === "number" && typeof diff.after === "number" && diff.after < diff.before;
    const breaking = diff.action === "add" || smaller;
    return {
      class: breaking ? "breaking" : "non-breaking",
      reclassified: breaking ? "a new or smaller body-size limit rejects bodies that were accepted" : "a larger or no body-size limit accepts more",
    };
  }
  if (last === "x-max-json-depth") {
    // Every request shape is a flat object of scalars (additionalProperties: false), so valid
    // bodies nest one level; a nested body was a 400 before any depth limit.
    const breaking = diff.action !== "remove" && !(typeof diff.after === "number" && diff.after >= 1);
    return {
      class: breaking ? "breaking" : "non-breaking",
      reclassified: breaking
        ? "a nesting limit below 1 rejects the flat bodies that were accepted"
        : "valid bodies are flat; a nesting limit of 1 or more changes only which 400 an already invalid, nested body gets",
    };
  }
  return undefined;
}

/**
 * api-smart-diff 1.0.6 counts a newly required property as non-breaking when the property has a
 * `default` (a default "is always there"). That holds for answers, not for requests: a client
 * that relied on the default and omitted the field is now rejected. Likewise for a parameter that
 * becomes required.
 */
function requiredInRequest(diff: Diff, location: Location, library: ChangeClass | undefined): Verdict | undefined {
  if (location.direction !== "input") return undefined;
  const keys = diff.path.map(String);
  const inSchemaRequired = location.schemaPath !== undefined && keys[keys.length - 2] === "required" && diff.action === "add";
  const parameterRequired = location.schemaPath === undefined && keys[keys.length - 1] === "required" && diff.after === true;
  if ((inSchemaRequired || parameterRequired) && library !== "breaking") {
    return { class: "breaking", reclassified: "a request field that becomes required rejects requests that left it out, default or not" };
  }
  return undefined;
}

/**
 * api-smart-diff counts a value added to an enum in an answer as breaking (a client may not know
 * it). This contract's answers gain values as the API grows — a new model's key in `model.key`, a
 * new `error.code` — and a new model must be a minor release, so the project treats them as
 * non-breaking: clients must accept values they do not know. What the check cannot judge is
 * meaning: a new lifecycle `status` that clients must act on differently needs a major changeset
 * by hand.
 */
function valueAddedToAnswer(diff: Diff, location: Location, library: ChangeClass | undefined): Verdict | undefined {
  const keys = diff.path.map(String);
  if (location.direction !== "output" || diff.action !== "add" || keys[keys.length - 2] !== "enum" || library !== "breaking") return undefined;
  return { class: "non-breaking", reclassified: "answers may gain values as the API grows (new models, new error codes); clients must accept unknown values" };
}

export function classify(diff: Diff, location: Location): Verdict {
  const library = fromLibrary(diff.type);
  const corrected = requiredInRequest(diff, location, library) ?? valueAddedToAnswer(diff, location, library);
  if (corrected) return corrected;
  if (library) return { class: library };
  return (
    classifyUnclassified(diff, location) ?? {
      class: "breaking",
      reclassified: "api-smart-diff left it unclassified and no project rule covers it: counted as breaking until one does",
    }
  );
}
