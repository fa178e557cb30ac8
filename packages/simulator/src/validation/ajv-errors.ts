/**
 * Turns ajv's errors for one model branch into the single documented error that names the
 * parameter at fault. Priority follows what a person should fix first: unknown fields, then
 * missing ones, then bad values, then combinations (audio_prompt without add_audio, mode clashes).
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { ModelBranch } from "../contract/models.ts";
import { deref, type JsonSchema } from "../contract/spec.ts";
import { ApiError, listAllowed, paramName, quote } from "../http/errors.ts";

type Body = Record<string, unknown>;

export function toApiError(errors: ErrorObject[], body: Body, model: ModelBranch): ApiError {
  const properties = (model.schema.properties ?? {}) as Record<string, JsonSchema>;

  const unknown = errors.find((e) => e.keyword === "additionalProperties" && e.instancePath === "");
  if (unknown) return unknownParameter(String(unknown.params.additionalProperty), model, properties);

  const isCombination = (e: ErrorObject) => e.schemaPath.includes("/then/") || e.schemaPath.includes("/dependentSchemas/");
  const missing = errors.find((e) => e.keyword === "required" && e.instancePath === "" && !isCombination(e));
  if (missing) {
    const name = String(missing.params.missingProperty);
    return new ApiError("missing_parameter", `${name} is required.`, name);
  }

  const valueErrors = errors.filter((e) => e.instancePath !== "" && e.keyword !== "false schema" && !isCombination(e));
  if (valueErrors.length > 0) return invalidValue(valueErrors, body, model, properties);

  if (errors.some(isCombination)) {
    const rule = combinationRules(model).find((candidate) => candidate.triggers.some((name) => name in body));
    if (rule) {
      const trigger = rule.triggers.find((name) => name in body)!;
      return new ApiError("invalid_parameter", `${plain(rule.description)} Remove ${trigger} or add what it needs.`, trigger);
    }
  }

  const clash = modeClash(body, model);
  if (clash) return clash;

  // Not reached for the current contract; still a documented 400 rather than a 500.
  const first = errors[0];
  const param = first?.instancePath.split("/")[1];
  return new ApiError("invalid_parameter", `The request does not match ${model.key}'s parameters (${first?.message ?? "invalid"}).`, param);
}

function unknownParameter(name: string, model: ModelBranch, properties: Record<string, JsonSchema>): ApiError {
  if (name === "image_url" && !model.acceptsImage) {
    return new ApiError(
      "invalid_parameter",
      `image_url is not accepted by ${model.key}, which is text-to-video only. Remove image_url or pick a model with image-to-video.`,
      "image_url",
    );
  }
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const near = Object.keys(properties).find((known) => squash(known) === squash(name));
  const hint = near ? ` Did you mean ${near}?` : ` ${model.key} accepts: ${Object.keys(properties).join(", ")}.`;
  return new ApiError("unknown_parameter", `${quote(name)} is not a parameter of this operation.${hint}`, paramName(name));
}

function invalidValue(errors: ErrorObject[], body: Body, model: ModelBranch, properties: Record<string, JsonSchema>): ApiError {
  const name = errors[0]!.instancePath.split("/")[1]!;
  const mine = errors.filter((e) => e.instancePath.split("/")[1] === name);
  const value = body[name];
  const propertySchema = deref(properties[name]);
  const enumError = mine.find((e) => e.keyword === "enum" || e.keyword === "const");
  const allowed = enumError ? ((enumError.params.allowedValues ?? [enumError.params.allowedValue]) as unknown[]) : undefined;
  // Limits written in the model's own branch are per model; the others hold for every model.
  const perModel = enumError?.schemaPath.startsWith("#/properties/") ?? false;
  const accepts = allowed ? (perModel ? `for ${model.key} it accepts ${listAllowed(allowed)}` : `use one of ${listAllowed(allowed)}`) : "";

  const typeError = mine.find((e) => e.keyword === "type");
  if (typeError) {
    const type = String(typeError.params.type);
    const article = /^[aeiou]/.test(type) ? "an" : "a";
    return new ApiError("invalid_parameter", `${name} must be ${article} ${type}, not ${quote(value)}${accepts ? `; ${accepts}` : ""}.`, name);
  }
  if (enumError) {
    const message = perModel
      ? `${name} ${quote(value)} is not available for ${model.key}; it accepts ${listAllowed(allowed!)}.`
      : `${name} ${quote(value)} is not allowed; ${accepts}.`;
    return new ApiError("invalid_parameter", message, name);
  }
  const error = mine[0]!;
  switch (error.keyword) {
    case "maxLength":
      return new ApiError("invalid_parameter", `${name} is ${[...String(value)].length} characters long; at most ${error.params.limit} are allowed.`, name);
    case "minLength":
      return new ApiError("invalid_parameter", `${name} must have at least ${error.params.limit} character(s).`, name);
    case "minimum":
    case "maximum":
      return new ApiError("invalid_parameter", `${name} ${quote(value)} is out of range; use ${propertySchema.minimum} to ${propertySchema.maximum}.`, name);
    default:
      return new ApiError("invalid_parameter", `${name} ${quote(value)} is not valid. ${plain(String(propertySchema.description ?? ""))}`.trim(), name);
  }
}

/** A parameter that the chosen mode forbids, e.g. aspect_ratio together with image_url. */
function modeClash(body: Body, model: ModelBranch): ApiError | undefined {
  for (const entry of (model.schema.oneOf ?? []) as unknown[]) {
    const mode = deref(entry);
    const required = (mode.required ?? []) as string[];
    if (required.length === 0 || !required.every((name) => name in body)) continue;
    const forbidden = Object.entries((mode.properties ?? {}) as Record<string, unknown>).find(
      ([name, rule]) => rule === false && name in body,
    );
    if (forbidden) {
      const [name] = forbidden;
      return new ApiError("invalid_parameter", `${name} is not allowed in ${String(mode.title ?? "this")} mode: ${plain(String(mode.description ?? ""))} Remove ${name}.`, name);
    }
  }
  return undefined;
}

/**
 * Rules that tie parameters together: `if {required: [a]} then {...}` inside `allOf`, or
 * `dependentSchemas: {a: ...}`. `triggers` are the parameters whose presence switches the rule on.
 */
function combinationRules(model: ModelBranch): Array<{ triggers: string[]; description: string }> {
  const rules: Array<{ triggers: string[]; description: string }> = [];
  for (const entry of (model.schema.allOf ?? []) as unknown[]) {
    const rule = deref(entry);
    const triggers = (deref(rule.if ?? {}).required ?? []) as string[];
    if (triggers.length > 0) rules.push({ triggers, description: String(rule.description ?? "") });
  }
  for (const [trigger, entry] of Object.entries((model.schema.dependentSchemas ?? {}) as Record<string, unknown>)) {
    rules.push({ triggers: [trigger], description: String(deref(entry).description ?? "") });
  }
  return rules;
}

/** Spec descriptions use Markdown code spans; messages are plain text. */
function plain(text: string): string {
  return text.replace(/`/g, "").replace(/\s+/g, " ").trim();
}
