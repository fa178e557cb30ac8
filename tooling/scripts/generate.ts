/**
 * `pnpm generate`: from the bundled spec, writes the SDK's generated types (openapi-typescript)
 * and its model catalog. Never edit the outputs; change spec/ and run this again.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { readCatalog } from "../src/catalog.ts";
import { renderCatalog } from "../src/render-catalog.ts";
import { bundledSpecJson, sdkGeneratedDir } from "../src/paths.ts";

const header = (what: string) =>
  `/**
 * ${what}
 * Generated from the bundled spec (spec/dist/openapi.json) by \`pnpm generate\`. Do not edit:
 * change spec/ and regenerate. CI regenerates and fails on any difference.
 */
`;

const spec = JSON.parse(await readFile(bundledSpecJson, "utf8"));
await mkdir(sdkGeneratedDir, { recursive: true });

const ast = await openapiTS(spec, { exportType: false, alphabetize: false, immutable: false, defaultNonNullable: false });
await writeFile(join(sdkGeneratedDir, "schema.ts"), header("Types of every path, operation and schema of the VideoGen API.") + astToString(ast));

await writeFile(
  join(sdkGeneratedDir, "models.ts"),
  renderCatalog(readCatalog(spec), header("The model catalog and request limits of the VideoGen API.")),
);
console.log(`generated ${sdkGeneratedDir}/{schema,models}.ts`);
