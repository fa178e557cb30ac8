/**
 * Turns ajv's errors for one request shape (a model in one mode) into the single documented error
 * that names the parameter at fault. Priority follows what a person should fix first: unknown
 * fields, then missing ones, then bad values, then combinations (a field the mode does not accept,
 * audio_prompt without add_audio).
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { ModelBranch, RequestShape } from "../contract/models.ts";
import { deref, type JsonSchema } from "../contract/spec.ts";
import { ApiError, listAllowed, paramName, quote } from "../http/errors.ts";

type Body = Record<string, unknown>;

export function toApiError(errors: ErrorObject[], body: Body, model: ModelBranch, shape: RequestShape): ApiError {
  const properties = (shape.schema.properties ?? {}) as Record<string, JsonSchema>;

  const unknown = errors.find((e) => e.keyword === "additionalProperties" && e.instancePath === "");
  if (unknown) return unknownParameter(String(unknown.params.additionalProperty), model, properties);

  const isCombination = (e: ErrorObject) => e.schemaPath.startsWith("#/then/") || e.schemaPath.includes("/dependentSchemas/");
  const missing = errors.find((e) => e.keyword === "required" && e.instancePath === "" && !isCombination(e));
  if (missing) {
    const name = String(missing.params.missingProperty);
    return new ApiError("missing_parameter", `${name} is required.`, name);
  }

  const valueErrors = errors.filter((e) => e.instancePath !== "" && e.keyword !== "false schema" && !isCombination(e));
  if (valueErrors.length > 0) return invalidValue(valueErrors, body, model, properties);

  const notInMode = errors.find((e) => e.keyword === "false schema" && e.instancePath.split("/").length === 2);
  if (notInMode) return notAccepted(notInMode.instancePath.slice(1), model, shape);

  if (errors.some(isCombination)) {
    const rule = combinationRules(shape).find((candidate) => candidate.triggers.some((name) => name in body));
    if (rule) {
      const trigger = rule.triggers.find((name) => name in body)!;
      return new ApiError("invalid_parameter", `${plain(rule.description)} Remove ${trigger} or add what it needs.`, trigger);
    }
  }

  // Not reached for the current contract; still a documented 400 rather than a 500.
  const first = errors[0];
  const param = first?.instancePath.split("/")[1];
  return new ApiError("invalid_parameter", `The request does not match ${model.key}'s parameters (${first?.message ?? "invalid"}).`, param);
}

function unknownParameter(name: string, model: ModelBranch, properties: Record<string, JsonSchema>): ApiError {
  const accepted = Object.keys(properties).filter((known) => properties[known] !== (false as unknown));
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const near = accepted.find((known) => squash(known) === squash(name));
  const hint = near ? ` Did you mean ${near}?` : ` ${model.key} accepts: ${accepted.join(", ")}.`;
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

/** A field the shape lists as `false`: image_url on a text-to-video-only model, or aspect_ratio with image_url. */
function notAccepted(name: string, model: ModelBranch, shape: RequestShape): ApiError {
  if (name === "image_url") {
    return new ApiError(
      "invalid_parameter",
      `image_url is not accepted by ${model.key}, which is text-to-video only. Remove image_url or pick a model with image-to-video.`,
      "image_url",
    );
  }
  return new ApiError("invalid_parameter", `${name} is not accepted in ${shape.mode} mode (with image_url), where the image sets the frame. Remove ${name}.`, name);
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
