/**
 * The generated parts of the site follow the spec: build the site from an edited temporary copy of
 * the bundled spec and the model table, status table and error table change with it.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { guidePages } from "../src/pages.ts";

const run = promisify(execFile);
const bundled = createRequire(import.meta.url).resolve("@videogenapi/spec/openapi.json");
const buildScript = new URL("../scripts/build.ts", import.meta.url).pathname;

async function buildFrom(spec: unknown): Promise<{ pages: string; docsSpec: any }> {
  const dir = mkdtempSync(join(tmpdir(), "videogen-docs-spec-"));
  writeFileSync(join(dir, "openapi.json"), JSON.stringify(spec));
  const out = join(dir, "site");
  await run(process.execPath, ["--import", "tsx", buildScript], { env: { ...process.env, DOCS_SPEC: join(dir, "openapi.json"), DOCS_OUT: out } });
  const docsSpec = JSON.parse(readFileSync(join(out, "openapi.json"), "utf8"));
  rmSync(dir, { recursive: true, force: true });
  const guides = new Set(guidePages.map((p) => p.title));
  const pages = docsSpec.tags.filter((t: any) => guides.has(t.name)).map((t: any) => t.description).join("\n");
  return { pages, docsSpec };
}

describe("generated pages follow the spec", () => {
  it("renders a changed model, status description and error code from an edited spec copy", async () => {
    const spec = JSON.parse(readFileSync(bundled, "utf8"));
    const original = await buildFrom(spec);
    expect(original.pages).toContain("| `kling_25` Kling 2.5 | Kuaishou | free | 1080p (**720p**) | 5–10 s (**5**) | text + image |");

    const { schemas } = spec.components;
    schemas.Kling25Request["x-model"].name = "Kling 2.6 Turbo";
    for (const mode of schemas.Kling25Request.oneOf) schemas[mode.$ref.split("/").pop()].properties.duration.enum = [5, 6, 7, 8, 9, 10, 11, 12];
    schemas.GenerationStatus["x-enumDescriptions"].in_queue = "Waiting for a free renderer.";
    schemas.ErrorCode.enum.push("model_retired");
    schemas.ErrorCode["x-enumDescriptions"].model_retired = "410: the model was retired. Pick another.";

    const edited = await buildFrom(spec);
    expect(edited.pages).toContain("| `kling_25` Kling 2.6 Turbo | Kuaishou | free | 1080p (**720p**) | 5–12 s (**5**) | text + image |");
    expect(edited.pages).not.toContain("Kling 2.5 |");
    expect(edited.pages).toContain("| `in_queue` | no | Waiting for a free renderer. |");
    expect(edited.pages).toContain("| 410 | `model_retired` | the model was retired. Pick another. |");
    // The reference renders the edited contract too (the docs variant it loads).
    expect(edited.docsSpec.components.schemas.Kling25TextToVideo.properties.duration.enum).toContain(12);
    expect(edited.docsSpec.components.schemas.ErrorCode.enum).toContain("model_retired");
  });
});

describe("quickstart pages show the runtime examples the runtime matrix runs", () => {
  it.each([
    ["node-esm/example.mjs", "Quickstart: Node"],
    ["deno/example.ts", "Quickstart: Deno"],
    ["cloudflare-workers/worker.mjs", "Quickstart: Cloudflare Workers"],
    ["browser/app.mjs", "Quickstart: Browser"],
  ])("%s appears verbatim in %s", (example, title) => {
    const built = JSON.parse(readFileSync(new URL("../dist/openapi.json", import.meta.url), "utf8"));
    const page = built.tags.find((t: any) => t.name === title)?.description ?? "";
    const source = readFileSync(new URL(`../../../runtime-tests/${example}`, import.meta.url), "utf8").trimEnd();
    expect(page).toContain(source);
  });
});
