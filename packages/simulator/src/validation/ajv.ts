/**
 * JSON Schema 2020-12 validators compiled from the bundled spec. The whole document is registered
 * once under SPEC_ID so every `$ref` resolves; validators are compiled lazily and cached.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { SPEC_ID, spec, type JsonSchema } from "../contract/spec.ts";

// ajv-formats is CommonJS with a `default` export; bundlers and Node disagree on which one we get.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats));

function createAjv(options: { coerceTypes: boolean }): Ajv2020 {
  // strict: false — the document also holds OpenAPI keywords (x-model, examples) that are not JSON Schema.
  const ajv = new Ajv2020({ allErrors: true, useDefaults: true, strict: false, coerceTypes: options.coerceTypes });
  addFormats(ajv);
  ajv.addSchema({ ...(spec as unknown as JsonSchema), $id: SPEC_ID });
  return ajv;
}

// Created on first use: registering the spec takes tens of milliseconds, which start-up need not pay.
let bodyAjv: Ajv2020 | undefined;
let paramAjv: Ajv2020 | undefined;
/** For JSON bodies: no type coercion (a string "10" is not a duration). */
const forBodies = () => (bodyAjv ??= createAjv({ coerceTypes: false }));
/** For query, path and header values, which arrive as strings. */
const forParams = () => (paramAjv ??= createAjv({ coerceTypes: true }));

const cache = new Map<string, ValidateFunction>();

/** Validator for a `#/components/...` pointer of the spec (applies defaults while validating). */
export function bodyValidator(ref: string): ValidateFunction {
  return cached(`body ${ref}`, () => forBodies().getSchema(`${SPEC_ID}${ref}`));
}

/** Validator for an inline schema that may `$ref` into the spec, with string coercion. */
export function paramValidator(id: string, schema: JsonSchema): ValidateFunction {
  return cached(`param ${id}`, () => forParams().compile({ ...rebase(schema) }));
}

function cached(key: string, make: () => ValidateFunction | undefined): ValidateFunction {
  let validate = cache.get(key);
  if (!validate) {
    validate = make();
    if (!validate) throw new Error(`spec: cannot compile ${key}`);
    cache.set(key, validate);
  }
  return validate;
}

/** Points local `#/...` refs of an extracted schema at the registered document. */
function rebase(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(rebase) as unknown as JsonSchema;
  if (!node || typeof node !== "object") return node as JsonSchema;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${SPEC_ID}${value}` : rebase(value),
    ]),
  );
}
