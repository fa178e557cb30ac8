/** Checks answers against the bundled spec's response schemas with a fresh ajv (no defaults, no coercion). */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
export const spec = JSON.parse(readFileSync(require.resolve("@videogenapi/spec/openapi.json"), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
ajv.addSchema(spec, "openapi");

/** Errors of `body` against the JSON schema that `method path` documents for `status` ([] if it conforms). */
export function contractErrors(path: string, method: string, status: number, body: unknown): string[] {
  let response = spec.paths[path]?.[method]?.responses?.[String(status)];
  if (!response) return [`${method.toUpperCase()} ${path} documents no ${status}`];
  if (response.$ref) response = spec.components.responses[response.$ref.split("/").pop()];
  const ref = response.content?.["application/json"]?.schema?.$ref;
  if (!ref) return [`${method.toUpperCase()} ${path} ${status} has no JSON schema`];
  const validate = ajv.getSchema(`openapi${ref}`)!;
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The error codes the contract defines (ErrorCode). */
export const ERROR_CODES: string[] = spec.components.schemas.ErrorCode.enum;
