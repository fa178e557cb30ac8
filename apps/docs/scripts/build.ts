/**
 * `pnpm docs:build`: writes dist/ — a static site ready to publish: index.html (Redoc, every script
 * inlined so it renders with no network), openapi.json (the docs variant it renders) and the logo.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDocsSpec } from "../src/docs-spec.ts";

const here = (path: string) => new URL(`../${path}`, import.meta.url);
const bundled = createRequire(import.meta.url).resolve("@videogenapi/spec/openapi.json");
const specFile = process.env.DOCS_SPEC ?? bundled;
// DOCS_SPEC / DOCS_OUT let tests build from an edited copy of the spec into a temporary folder.
const outDir = process.env.DOCS_OUT ? resolve(process.env.DOCS_OUT) : fileURLToPath(here("dist"));

mkdirSync(outDir, { recursive: true });
const logo = readFileSync(here("assets/logo.svg"), "utf8");
const docsSpec = buildDocsSpec(JSON.parse(readFileSync(specFile, "utf8")), here("pages/"), logo);
writeFileSync(`${outDir}/openapi.json`, JSON.stringify(docsSpec, null, 2));
copyFileSync(here("assets/logo.svg"), `${outDir}/logo.svg`);
copyFileSync(here("assets/redocly-badge.svg"), `${outDir}/redocly-badge.svg`);

const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
execFileSync(
  process.execPath,
  [
    redocly,
    "build-docs",
    `${outDir}/openapi.json`,
    "--inlineBundle",
    "--title",
    "VideoGen API reference",
    "--output",
    `${outDir}/index.html`,
    // Branding and Redoc options (see the comment in that file for why it is its own config).
    "--config",
    fileURLToPath(here("redocly.yaml")),
    "--lint-config",
    "off",
  ],
  { stdio: ["ignore", "inherit", "pipe"] },
);
// Redoc's "API docs by" badge loads its image from a CDN; point it at the local copy instead so
// the page makes no request off the machine (the browser test counts them).
const html = readFileSync(`${outDir}/index.html`, "utf8").replace(
  /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g,
  "redocly-badge.svg",
);
writeFileSync(`${outDir}/index.html`, html);
console.log(`docs written to ${outDir}`);
