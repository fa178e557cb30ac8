/**
 * The `--json` schemas of schemas/*.json, compiled with ajv (JSON Schema 2020-12) next to the bundled
 * contract, which they reference for every API object (under the id urn:videogenapi:openapi).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const schemasDir = new URL("../../schemas/", import.meta.url);
const require = createRequire(import.meta.url);

export const schemaFiles = readdirSync(schemasDir).filter((f) => f.endsWith(".json"));

export function loadSchemas() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(require.resolve("@videogenapi/spec/openapi.json"), "utf8")), "urn:videogenapi:openapi");
  for (const file of schemaFiles) ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemasDir), "utf8")));
  return {
    /** Validation errors of `value` against the command's schema (schemas/<command>.json); [] when it conforms. */
    errors(command: string, value: unknown) {
      const validate = ajv.getSchema(`urn:videogenapi:cli:${command}`);
      if (!validate) throw new Error(`no schema for ${command}`);
      return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
    common: JSON.parse(readFileSync(new URL("common.json", schemasDir), "utf8")),
  };
}
