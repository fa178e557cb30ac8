/**
 * `pnpm docs:build`: writes dist/ — a static site ready to publish: index.html (the Scalar API
 * reference, configured inline), boot.js, scalar/ (Scalar's browser bundle, copied from the npm
 * package so the page loads nothing from elsewhere), openapi.json (the docs variant it renders),
 * the logo and the icon.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_KEY } from "@videogenapi/simulator";
import { buildDocsSpec, logoFile } from "../src/docs-spec.ts";
import { pageHtml } from "../src/page-html.ts";
import { scalarConfig } from "../src/scalar-config.ts";

const here = (path: string) => new URL(`../${path}`, import.meta.url);
const require = createRequire(import.meta.url);
const bundled = require.resolve("@videogenapi/spec/openapi.json");
const specFile = process.env.DOCS_SPEC ?? bundled;
// DOCS_SPEC / DOCS_OUT let tests build from an edited copy of the spec into a temporary folder.
const outDir = process.env.DOCS_OUT ? resolve(process.env.DOCS_OUT) : fileURLToPath(here("dist"));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const docsSpec = buildDocsSpec(JSON.parse(readFileSync(specFile, "utf8")), here("pages/"));
writeFileSync(join(outDir, "openapi.json"), JSON.stringify(docsSpec, null, 2));
for (const file of [logoFile, "favicon.svg", "boot.js"]) cpSync(here(`assets/${file}`), join(outDir, file));

// Scalar's browser build: the ES module entry and the chunks it imports, without source maps.
const scalarBrowser = join(dirname(require.resolve("@scalar/api-reference")), "browser");
cpSync(scalarBrowser, join(outDir, "scalar"), { recursive: true, filter: (source) => !source.endsWith(".map") && !source.endsWith("standalone.js") });

const config = scalarConfig({
  spec: docsSpec,
  devKey: DEV_KEY,
  specFile: "openapi.json",
  favicon: "favicon.svg",
  customCss: readFileSync(here("assets/docs.css"), "utf8"),
});
writeFileSync(join(outDir, "index.html"), pageHtml({ title: `${docsSpec.info.title} reference`, favicon: "favicon.svg", config }));
console.log(`docs written to ${outDir}`);
