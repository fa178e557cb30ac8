/**
 * Validates an operation's query, path and header parameters against their schemas in the spec,
 * coercing the raw strings (page=2 → 2) and applying declared defaults.
 */
import { deref, operationParameters, type JsonSchema, type ParameterObject } from "../contract/spec.ts";
import { ApiError, quote } from "../http/errors.ts";
import { paramValidator } from "./ajv.ts";

export interface RawParams {
  query: (name: string) => string | undefined;
  path: (name: string) => string | undefined;
  header: (name: string) => string | undefined;
}

/** Returns the validated values by parameter name (absent optional ones without a default are left out). */
export function validateParams(path: string, method: string, raw: RawParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of operationParameters(path, method)) {
    const value = raw[parameter.in](parameter.name);
    const schema = deref(parameter.schema);
    if (value === undefined) {
      if (parameter.required) throw new ApiError("missing_parameter", `${parameter.name} is required.`, parameter.name);
      if ("default" in schema) values[parameter.name] = schema.default;
      continue;
    }
    const holder = { value: value as unknown };
    const validate = paramValidator(paramId(method, path, parameter.name), () => paramSchema(parameter));
    if (!validate(holder)) throw invalid(parameter.name, value, schema, validate.errors?.[0]?.keyword);
    values[parameter.name] = holder.value;
  }
  return values;
}

export const paramId = (method: string, path: string, name: string) => `${method} ${path} ${name}`;

/** The value is wrapped in an object so that ajv's coercion can replace it in place. */
export function paramSchema(parameter: ParameterObject): JsonSchema {
  return { type: "object", properties: { value: parameter.schema } };
}

function invalid(name: string, value: string, schema: JsonSchema, keyword: string | undefined): ApiError {
  if (keyword === "minimum" || keyword === "maximum" || (keyword === "type" && "minimum" in schema)) {
    return new ApiError("invalid_parameter", `${name} ${quote(value)} is out of range; use ${schema.type === "integer" ? "an integer " : ""}${schema.minimum} to ${schema.maximum}.`, name);
  }
  const rule = String(schema.description ?? "").replace(/`/g, "").replace(/\s+/g, " ").trim();
  return new ApiError("invalid_parameter", `${name} ${quote(value)} is not valid.${rule ? ` ${rule}` : ""}`, name);
}
