import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, runExample } from "@videogenapi/runtime-test-harness";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));

/** compatibility_date and compatibility_flags from wrangler.toml, so the test runs the config a user deploys. */
async function compatibility(dir) {
  const toml = await readFile(join(dir, "wrangler.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1].match(/"[^"]+"/g)?.map((f) => f.slice(1, -1)) ?? [];
  if (!date) throw new Error("wrangler.toml has no compatibility_date");
  return { compatibilityDate: date, compatibilityFlags: flags };
}

test("README shows worker.mjs and wrangler.toml verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "worker.mjs"));
  await assertReadmeShows(join(here, "README.md"), join(here, "wrangler.toml"));
});

// As configured (no Node compatibility: the SDK core needs none), and with nodejs_compat, which many
// Workers turn on and which gives the SDK a `process` global to look at.
test.each([
  ["cloudflare-workers", []],
  ["cloudflare-workers+nodejs_compat", ["nodejs_compat"]],
])("%s (workerd): generate → wait → download from the packed tarball", async (runtime, extraFlags) => {
  const { bytes } = await runExample({
    runtime,
    from: here,
    files: ["worker.mjs", "wrangler.toml"],
    packageJson: { type: "module" },
    run: async ({ dir, env }) => {
      // Bundle as wrangler does: one ES module, resolving the package's worker/browser conditions.
      const { outputFiles } = await build({
        entryPoints: [join(dir, "worker.mjs")],
        absWorkingDir: dir,
        bundle: true,
        write: false,
        format: "esm",
        platform: "neutral",
        target: "es2022",
        conditions: ["workerd", "worker", "browser"],
        mainFields: ["browser", "module", "main"],
      });
      const { compatibilityDate, compatibilityFlags } = await compatibility(dir);
      const mf = new Miniflare({
        modules: true,
        script: outputFiles[0].text,
        compatibilityDate,
        compatibilityFlags: [...compatibilityFlags, ...extraFlags],
        bindings: { VIDEOGEN_API_KEY: env.VIDEOGEN_API_KEY, VIDEOGEN_BASE_URL: env.VIDEOGEN_BASE_URL },
      });
      try {
        const response = await mf.dispatchFetch("http://localhost/");
        const body = new Uint8Array(await response.arrayBuffer());
        if (!response.ok) throw new Error(`the worker answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 500)}`);
        expect(response.headers.get("content-type")).toBe("video/mp4");
        return body;
      } finally {
        await mf.dispose();
      }
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
