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

/** `source: true` keeps the generated code, for ahead-of-time compilation (see usePrecompiled). */
export function createAjv(options: { coerceTypes: boolean; source?: boolean }): Ajv2020 {
  // strict: false — the document also holds OpenAPI keywords (x-model, examples) that are not JSON Schema.
  const ajv = new Ajv2020({
    allErrors: true,
    useDefaults: true,
    strict: false,
    coerceTypes: options.coerceTypes,
    ...(options.source ? { code: { source: true, esm: true } } : {}),
  });
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

/**
 * Installs validators compiled ahead of time, by key (`bodyKey`/`paramKey`), for runtimes that
 * forbid generating code from strings (Workers): ajv then never compiles anything there.
 */
export function usePrecompiled(validators: Readonly<Record<string, ValidateFunction>>): void {
  for (const [key, validate] of Object.entries(validators)) cache.set(key, validate);
}

export const bodyKey = (ref: string) => `body ${ref}`;
export const paramKey = (id: string) => `param ${id}`;

/** Validator for a `#/components/...` pointer of the spec (applies defaults while validating). */
export function bodyValidator(ref: string): ValidateFunction {
  return cached(bodyKey(ref), () => forBodies().getSchema(`${SPEC_ID}${ref}`));
}

/** Validator for an inline schema that may `$ref` into the spec, with string coercion. */
export function paramValidator(id: string, schema: () => JsonSchema): ValidateFunction {
  return cached(paramKey(id), () => forParams().compile(rebase(schema())));
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
export function rebase(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(rebase) as unknown as JsonSchema;
  if (!node || typeof node !== "object") return node as JsonSchema;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${SPEC_ID}${value}` : rebase(value),
    ]),
  );
}
