/**
 * The generated parts of the site follow the spec: build the site from an edited temporary copy of
 * the bundled spec and the model table, status table and error table change with it.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const bundled = createRequire(import.meta.url).resolve("@videogenapi/spec/openapi.json");
const buildScript = new URL("../scripts/build.ts", import.meta.url).pathname;

async function buildFrom(spec: unknown): Promise<{ pages: string; html: string }> {
  const dir = mkdtempSync(join(tmpdir(), "videogen-docs-spec-"));
  writeFileSync(join(dir, "openapi.json"), JSON.stringify(spec));
  const out = join(dir, "site");
  await run(process.execPath, ["--import", "tsx", buildScript], { env: { ...process.env, DOCS_SPEC: join(dir, "openapi.json"), DOCS_OUT: out } });
  const docsSpec = JSON.parse(readFileSync(join(out, "openapi.json"), "utf8"));
  const pages = docsSpec.tags.filter((t: any) => t["x-traitTag"]).map((t: any) => t.description).join("\n");
  return { pages, html: readFileSync(join(out, "index.html"), "utf8") };
}

describe("generated pages follow the spec", () => {
  it("renders a changed model, status description and error code from an edited spec copy", async () => {
    const spec = JSON.parse(readFileSync(bundled, "utf8"));
    const original = await buildFrom(spec);
    expect(original.pages).toContain("| `kling_25` Kling 2.5 | Kuaishou | free | 1080p (**720p**) | 5–10 s (**5**) | text + image |");

    const kling = spec.components.schemas.Kling25Request;
    kling["x-model"].name = "Kling 2.6 Turbo";
    kling.properties.duration.enum = [5, 6, 7, 8, 9, 10, 11, 12];
    spec.components.schemas.GenerationStatus.oneOf[1].description = "Waiting for a free renderer.";
    spec.components.schemas.ErrorCode.oneOf.push({ const: "model_retired", description: "410: the model was retired. Pick another." });

    const edited = await buildFrom(spec);
    expect(edited.pages).toContain("| `kling_25` Kling 2.6 Turbo | Kuaishou | free | 1080p (**720p**) | 5–12 s (**5**) | text + image |");
    expect(edited.pages).not.toContain("Kling 2.5 |");
    expect(edited.pages).toContain("| `in_queue` | no | Waiting for a free renderer. |");
    expect(edited.pages).toContain("| 410 | `model_retired` | the model was retired. Pick another. |");
    expect(edited.html).toContain("Kling 2.6 Turbo");
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
