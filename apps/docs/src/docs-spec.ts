/**
 * The docs variant of the bundled spec: the same contract plus the guide pages (tags without
 * operations, which the reference shows as sections before the operations), sidebar groups, the
 * logo, and the display rewrites of display-schema.ts. The published spec stays free of docs-only
 * content.
 */
import { readFileSync } from "node:fs";
import { readCatalog } from "@videogenapi/tooling/catalog";
import { repoRoot } from "@videogenapi/tooling/paths";
import { displaySchemas } from "./display-schema.ts";
import { inlineExamples } from "./inline-examples.ts";
import { fillSections, generatedSections } from "./generated-sections.ts";
import { guidePages } from "./pages.ts";

type Json = Record<string, any>;

/** The logo file the built site carries next to index.html. */
export const logoFile = "logo.svg";

export function buildDocsSpec(spec: Json, pagesDir: URL): Json {
  const sections = generatedSections(readCatalog(spec));
  const pageTags = guidePages.map((page) => ({
    name: page.title,
    description: fillSections(
      readFileSync(new URL(page.file, pagesDir), "utf8"),
      sections,
      (path) => readFileSync(`${repoRoot}${path}`, "utf8"),
      page.file,
    ),
  }));
  const apiTags: Json[] = spec.tags ?? [];
  const inlined = inlineExamples(spec);
  return {
    ...inlined,
    info: { ...spec.info, description: `![${spec.info.title}](${logoFile})\n\n${spec.info.description ?? ""}` },
    tags: [...pageTags, ...apiTags],
    "x-tagGroups": [
      { name: "Guides", tags: pageTags.map((t) => t.name) },
      { name: "API reference", tags: apiTags.map((t) => t.name) },
    ],
    components: {
      ...inlined.components,
      schemas: displaySchemas(inlined.components?.schemas ?? {}),
      parameters: withoutFixedIdempotencyKey(inlined.components?.parameters ?? {}),
    },
  };
}

/**
 * Try-it fills a parameter with its example. A fixed Idempotency-Key would make the second try with
 * another body a `400 idempotency_key_reused`, so the docs leave it empty (the reference still
 * describes it; the published spec keeps the example for Dredd and generators).
 */
function withoutFixedIdempotencyKey(parameters: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, parameter]) => {
      if (parameter.in !== "header" || parameter.name !== "Idempotency-Key") return [key, parameter];
      const { example: _example, examples: _examples, ...rest } = parameter;
      return [key, rest];
    }),
  );
}
