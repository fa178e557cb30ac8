/**
 * Validates values against the schemas of the bundled spec with a standard JSON Schema 2020-12
 * validator (ajv), so tests check answers against the contract itself rather than hand-made shapes.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { bundledSpecJson } from "./paths.ts";

type Json = Record<string, any>;

export interface ContractValidator {
  spec: Json;
  /** Errors of `body` against the JSON schema of one documented response, or [] when it conforms. */
  responseErrors(path: string, method: string, status: number, body: unknown): ErrorObject[];
  /** Errors of `value` against a named component schema, or [] when it conforms. */
  schemaErrors(name: string, value: unknown): ErrorObject[];
}

export function loadContract(file = bundledSpecJson): ContractValidator {
  const spec = JSON.parse(readFileSync(file, "utf8")) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(spec, "openapi");
  const check = (ref: string, value: unknown) => {
    const validate = ajv.getSchema(`openapi${ref}`) ?? fail(`no schema at ${ref}`);
    return validate(value) ? [] : [...(validate.errors ?? [])];
  };
  return {
    spec,
    schemaErrors: (name, value) => check(`#/components/schemas/${name}`, value),
    responseErrors(path, method, status, body) {
      const operation = spec.paths?.[path]?.[method.toLowerCase()] ?? fail(`no operation ${method} ${path}`);
      let response = operation.responses?.[String(status)] ?? fail(`${method} ${path} documents no ${status}`);
      if (response.$ref) response = spec.components.responses[response.$ref.split("/").pop()];
      const schema = response.content?.["application/json"]?.schema ?? fail(`${method} ${path} ${status} has no JSON body`);
      return schema.$ref ? check(schema.$ref, body) : fail(`${method} ${path} ${status}: inline schema`);
    },
  };
}

function fail(message: string): never {
  throw new Error(`contract: ${message}`);
}
