/**
 * `pnpm generate`: from the bundled spec, writes the SDK's generated types (openapi-typescript)
 * and its model catalog. Never edit the outputs; change spec/ and run this again.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { readCatalog } from "../src/catalog.ts";
import { renderCatalog } from "../src/render-catalog.ts";
import { bundledSpecJson, redoclyConfig, repoRoot } from "../src/paths.ts";

const header = (what: string) =>
  `/**
 * ${what}
 * Generated from the bundled spec (spec/dist/openapi.json) by \`pnpm generate\`. Do not edit:
 * change spec/ and regenerate. CI regenerates and fails on any difference.
 */
`;

// redocly.yaml names where the types go; the catalog goes beside them.
const config = parse(await readFile(redoclyConfig, "utf8"));
const typesFile = join(repoRoot, config.apis["videogen@v1"]["x-openapi-ts"].output);
const generatedDir = dirname(typesFile);

const spec = JSON.parse(await readFile(bundledSpecJson, "utf8"));
await mkdir(generatedDir, { recursive: true });

const ast = await openapiTS(spec, { exportType: false, alphabetize: false, immutable: false, defaultNonNullable: false });
await writeFile(typesFile, header("Types of every path, operation and schema of the VideoGen API.") + astToString(ast));

await writeFile(
  join(generatedDir, "models.ts"),
  renderCatalog(readCatalog(spec), header("The model catalog and request limits of the VideoGen API.")),
);
console.log(`generated ${typesFile} and models.ts beside it`);
