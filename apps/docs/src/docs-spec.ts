/**
 * The docs variant of the bundled spec: the same contract plus the guide pages (as Redoc "trait"
 * tags, shown as sections before the operations), sidebar groups and the inline logo. The
 * published spec stays free of docs-only content.
 */
import { readFileSync } from "node:fs";
import { readCatalog } from "@videogenapi/tooling/catalog";
import { repoRoot } from "@videogenapi/tooling/paths";
import { fillSections, generatedSections } from "./generated-sections.ts";
import { guidePages } from "./pages.ts";

type Json = Record<string, any>;

export function buildDocsSpec(spec: Json, pagesDir: URL, logoSvg: string): Json {
  const sections = generatedSections(readCatalog(spec));
  const pageTags = guidePages.map((page) => ({
    name: page.title,
    "x-traitTag": true,
    description: fillSections(
      readFileSync(new URL(page.file, pagesDir), "utf8"),
      sections,
      (path) => readFileSync(`${repoRoot}${path}`, "utf8"),
      page.file,
    ),
  }));
  const apiTags: Json[] = spec.tags ?? [];
  return {
    ...spec,
    info: {
      ...spec.info,
      "x-logo": { url: `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString("base64")}`, altText: "VideoGen API" },
    },
    tags: [...pageTags, ...apiTags],
    "x-tagGroups": [
      { name: "Guides", tags: pageTags.map((t) => t.name) },
      { name: "API reference", tags: apiTags.map((t) => t.name) },
    ],
  };
}
