/**
 * Validates an operation's query, path and header parameters against their schemas in the spec,
 * coercing the raw strings (page=2 → 2) and applying declared defaults.
 */
import { deref, operationParameters, type JsonSchema, type ParameterObject } from "../contract/spec.ts";
import { listAllowed, problemsError, quote, type Problem } from "../http/errors.ts";
import { expectedFormat } from "./ajv-errors.ts";
import { paramValidator } from "./ajv.ts";

export interface RawParams {
  query: (name: string) => string | undefined;
  path: (name: string) => string | undefined;
  header: (name: string) => string | undefined;
}

/**
 * Returns the validated values by parameter name (absent optional ones without a default are left
 * out); throws one 400 that lists every parameter at fault.
 */
export function validateParams(path: string, method: string, raw: RawParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const parameter of operationParameters(path, method)) {
    const value = raw[parameter.in](parameter.name);
    const schema = deref(parameter.schema);
    if (value === undefined) {
      if (parameter.required) problems.push({ code: "missing_parameter", param: parameter.name, message: `${parameter.name} is required.` });
      else if ("default" in schema) values[parameter.name] = schema.default;
      continue;
    }
    const holder = { value: value as unknown };
    const validate = paramValidator(paramId(method, path, parameter.name), () => paramSchema(parameter));
    if (validate(holder)) values[parameter.name] = holder.value;
    else problems.push(invalid(parameter, value, schema, new Set(validate.errors?.map((e) => e.keyword))));
  }
  if (problems.length > 0) throw problemsError(problems);
  return values;
}

export const paramId = (method: string, path: string, name: string) => `${method} ${path} ${name}`;

/** The value is wrapped in an object so that ajv's coercion can replace it in place. */
export function paramSchema(parameter: ParameterObject): JsonSchema {
  return { type: "object", properties: { value: parameter.schema } };
}

/** What is wrong with one value, and what the parameter accepts. */
function invalid(parameter: ParameterObject, value: string, schema: JsonSchema, keywords: Set<string>): Problem {
  const name = parameter.name;
  const problem = (message: string): Problem => ({ code: "invalid_parameter", param: name, message });
  if (schema.type === "integer" && "minimum" in schema) {
    const range = `use an integer from ${schema.minimum} to ${schema.maximum}`;
    const number = Number(value);
    return keywords.has("type") || !Number.isFinite(number) || value.trim() === ""
      ? problem(`${name} ${quote(value)} is not an integer; ${range}.`)
      : problem(`${name} ${/^-?\d{1,20}$/.test(value) ? value : quote(value)} is out of range; ${range}.`);
  }
  if (Array.isArray(schema.enum)) return problem(`${name} ${quote(value)} is not allowed; use one of ${listAllowed(schema.enum)}.`);
  if (keywords.has("maxLength") && !schema.pattern) {
    return problem(`${name} is ${[...value].length} characters long; at most ${schema.maxLength} are allowed.`);
  }
  const example = schema.examples === undefined && "example" in parameter ? { ...schema, example: (parameter as { example?: unknown }).example } : schema;
  return problem(`${name} ${quote(value)} is not valid. ${expectedFormat(example)}`);
}
