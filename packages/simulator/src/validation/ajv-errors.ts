/**
 * Turns ajv's errors for one request shape (a model in one mode) into the documented 400 that lists
 * every parameter at fault (`error.errors`), one problem per parameter, each saying what is accepted.
 * The order is what a person should fix first: unknown fields, then missing ones, then bad values,
 * then combinations (a field the mode does not accept, audio_prompt without add_audio). The first
 * problem is also the top-level code, message and param.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { ModelBranch, RequestShape } from "../contract/models.ts";
import { deref, type JsonSchema } from "../contract/spec.ts";
import { listAllowed, paramName, problemsError, quote, type ApiError, type Problem } from "../http/errors.ts";

type Body = Record<string, unknown>;

export function toApiError(errors: ErrorObject[], body: Body, model: ModelBranch, shape: RequestShape): ApiError {
  const properties = (shape.schema.properties ?? {}) as Record<string, JsonSchema>;
  const problems = new Problems();
  const isCombination = (e: ErrorObject) => e.schemaPath.startsWith("#/then/") || e.schemaPath.includes("/dependentSchemas/");

  for (const e of errors.filter((e) => e.keyword === "additionalProperties" && e.instancePath === "")) {
    problems.add(unknownParameter(String(e.params.additionalProperty), model, properties));
  }
  for (const e of errors.filter((e) => e.keyword === "required" && e.instancePath === "" && !isCombination(e))) {
    const name = String(e.params.missingProperty);
    problems.add({ code: "missing_parameter", param: name, message: `${name} is required.` });
  }
  const valueErrors = errors.filter((e) => e.instancePath !== "" && e.keyword !== "false schema" && !isCombination(e));
  for (const name of new Set(valueErrors.map(topLevelName))) {
    problems.add(invalidValue(name, valueErrors.filter((e) => topLevelName(e) === name), body, model, properties));
  }
  for (const e of errors.filter((e) => e.keyword === "false schema" && e.instancePath.split("/").length === 2)) {
    problems.add(notAccepted(topLevelName(e), model));
  }
  if (errors.some(isCombination)) {
    for (const rule of combinationRules(shape)) {
      const trigger = rule.triggers.find((name) => name in body);
      if (trigger) problems.add({ code: "invalid_parameter", param: trigger, message: `${plain(rule.description)} Remove ${trigger} or add what it needs.` });
    }
  }
  if (problems.list.length === 0) {
    // Not reached for the current contract; still a documented 400 rather than a 500.
    const first = errors[0];
    problems.add({
      code: "invalid_parameter",
      param: first ? topLevelName(first) || "body" : "body",
      message: `The request does not match ${model.key}'s parameters (${first?.message ?? "invalid"}).`,
    });
  }
  return problemsError(problems.list);
}

/** One problem per parameter: the first (the most important, by the order above) wins. */
class Problems {
  readonly list: Problem[] = [];
  add(problem: Problem): void {
    if (!this.list.some((known) => known.param === problem.param)) this.list.push(problem);
  }
}

const topLevelName = (e: ErrorObject) => e.instancePath.split("/")[1] ?? "";

function unknownParameter(name: string, model: ModelBranch, properties: Record<string, JsonSchema>): Problem {
  const accepted = Object.keys(properties).filter((known) => properties[known] !== (false as unknown));
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const near = accepted.find((known) => squash(known) === squash(name));
  const hint = near ? ` Did you mean ${near}?` : ` ${model.key} accepts: ${accepted.join(", ")}.`;
  return { code: "unknown_parameter", param: paramName(name), message: `${quote(name)} is not a parameter of this operation.${hint}` };
}

function invalidValue(name: string, mine: ErrorObject[], body: Body, model: ModelBranch, properties: Record<string, JsonSchema>): Problem {
  const value = body[name];
  const propertySchema = deref(properties[name]);
  const enumError = mine.find((e) => e.keyword === "enum" || e.keyword === "const");
  const allowed = enumError ? ((enumError.params.allowedValues ?? [enumError.params.allowedValue]) as unknown[]) : undefined;
  // Limits written in the model's own branch are per model; the others hold for every model.
  const perModel = enumError?.schemaPath.startsWith("#/properties/") ?? false;
  const accepts = allowed ? (perModel ? `for ${model.key} it accepts ${listAllowed(allowed)}` : `use one of ${listAllowed(allowed)}`) : "";
  const problem = (message: string): Problem => ({ code: "invalid_parameter", param: name, message });

  const typeError = mine.find((e) => e.keyword === "type");
  if (typeError) {
    const type = String(typeError.params.type);
    const article = /^[aeiou]/.test(type) ? "an" : "a";
    return problem(`${name} must be ${article} ${type}, not ${quote(value)}${accepts ? `; ${accepts}` : ""}.`);
  }
  if (enumError) {
    return problem(
      perModel
        ? `${name} ${quote(value)} is not available for ${model.key}; it accepts ${listAllowed(allowed!)}.`
        : `${name} ${quote(value)} is not allowed; ${accepts}.`,
    );
  }
  const error = mine[0]!;
  switch (error.keyword) {
    case "maxLength":
      return problem(`${name} is ${[...String(value)].length} characters long; at most ${error.params.limit} are allowed.`);
    case "minLength":
      return problem(`${name} must have at least ${error.params.limit} character(s).`);
    case "minimum":
    case "maximum":
      return problem(`${name} ${quote(value)} is out of range; use an integer from ${propertySchema.minimum} to ${propertySchema.maximum}.`);
    default:
      return problem(`${name} ${quote(value)} is not valid. ${expectedFormat(propertySchema)}`);
  }
}

/**
 * What a value with a format (a pattern) must look like, in words: the sentences of the schema's
 * description up to its last rule ("must"), then its example.
 */
export function expectedFormat(schema: JsonSchema): string {
  const sentences = plain(String(schema.description ?? "")).split(/(?<=\.)\s+/).filter(Boolean);
  const lastRule = sentences.map((sentence) => /\bmust\b/.test(sentence)).lastIndexOf(true);
  const rules = lastRule >= 0 ? sentences.slice(0, lastRule + 1).join(" ") : schema.pattern ? `Expected format: ${String(schema.pattern)}.` : sentences.join(" ");
  const example = (schema.examples as unknown[] | undefined)?.[0] ?? schema.example;
  return example === undefined ? rules : `${rules} Example: ${String(example)}.`;
}

/** A field the shape lists as `false`: image_url on a text-to-video-only model, or aspect_ratio with image_url. */
function notAccepted(name: string, model: ModelBranch): Problem {
  if (name === "image_url") {
    return {
      code: "invalid_parameter",
      param: name,
      message: `image_url is not accepted by ${model.key}, which is text-to-video only. Remove image_url or pick a model with image-to-video.`,
    };
  }
  return { code: "invalid_parameter", param: name, message: `${name} is only for text-to-video; with image_url the image sets the frame. Remove ${name}.` };
}

/**
 * The rule that ties parameters together: the shape's `if {required: [a]} then {...}`, whose `then`
 * describes it. `triggers` are the parameters whose presence switches the rule on.
 */
function combinationRules(shape: RequestShape): Array<{ triggers: string[]; description: string }> {
  const triggers = (deref(shape.schema.if ?? {}).required ?? []) as string[];
  return triggers.length > 0 ? [{ triggers, description: String(deref(shape.schema.then ?? {}).description ?? "") }] : [];
}

/** Spec descriptions use Markdown code spans; messages are plain text. */
function plain(text: string): string {
  return text.replace(/`/g, "").replace(/\s+/g, " ").trim();
}
