/**
 * Generates the source of an ES module whose default export maps every validator key of the
 * catalog to ajv standalone code, so the Worker validates without `new Function` (which workerd forbids).
 */
import standalone from "ajv/dist/standalone/index.js";
import { SPEC_ID } from "../../contract/spec.ts";
import { createAjv, rebase } from "../../validation/ajv.ts";
import { bodyCatalog, paramCatalog } from "../../validation/catalog.ts";

// CommonJS: Node hands over module.exports (the function, with itself as `.default`).
const standaloneCode = standalone.default;

export interface PrecompiledModules {
  /** The module the Worker imports: `export default { [key]: validate }`. */
  index: string;
  /** The two ajv standalone modules it imports (body validators, parameter validators). */
  body: string;
  params: string;
}

export function precompiledValidators(specifiers: { body: string; params: string }): PrecompiledModules {
  const bodyAjv = createAjv({ coerceTypes: false, source: true });
  const bodies = Object.entries(bodyCatalog());
  const body = standaloneCode(bodyAjv, Object.fromEntries(bodies.map(([, ref], i) => [`v${i}`, `${SPEC_ID}${ref}`])));

  const paramAjv = createAjv({ coerceTypes: true, source: true });
  const params = Object.entries(paramCatalog());
  params.forEach(([, schema], i) => paramAjv.addSchema(rebase(schema), `urn:videogen-param:${i}`));
  const paramCode = standaloneCode(paramAjv, Object.fromEntries(params.map((_, i) => [`v${i}`, `urn:videogen-param:${i}`])));

  const map = [
    ...bodies.map(([key], i) => `  ${JSON.stringify(key)}: body.v${i},`),
    ...params.map(([key], i) => `  ${JSON.stringify(key)}: params.v${i},`),
  ];
  const index = [
    `import * as body from ${JSON.stringify(specifiers.body)};`,
    `import * as params from ${JSON.stringify(specifiers.params)};`,
    `export default {\n${map.join("\n")}\n};`,
  ].join("\n");
  return { index, body, params: paramCode };
}
