import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, runExample } from "@videogenapi/runtime-test-harness";
import { EdgeRuntime } from "edge-runtime";
import { build } from "esbuild";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));

test("README shows api/video.mjs verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "api", "video.mjs"));
});

test("vercel-edge (edge-runtime): generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "vercel-edge",
    from: here,
    files: ["api/video.mjs"],
    packageJson: { type: "module" },
    run: async ({ dir, env }) => {
      // Bundle as Vercel does for the edge (its `edge-light` condition first), as a script the VM can evaluate.
      const { outputFiles } = await build({
        entryPoints: [join(dir, "api", "video.mjs")],
        absWorkingDir: dir,
        bundle: true,
        write: false,
        format: "iife",
        globalName: "edgeFunction",
        platform: "neutral",
        target: "es2022",
        conditions: ["edge-light", "worker", "browser"],
        mainFields: ["browser", "module", "main"],
      });
      const runtime = new EdgeRuntime({
        // Vercel's edge functions see their environment variables, and only those, on process.env.
        extend: (context) =>
          Object.assign(context, {
            process: { env: { VIDEOGEN_API_KEY: env.VIDEOGEN_API_KEY, VIDEOGEN_BASE_URL: env.VIDEOGEN_BASE_URL } },
          }),
        initialCode: `${outputFiles[0].text}
addEventListener("fetch", (event) => event.respondWith(edgeFunction.default(event.request)));`,
      });
      const response = await runtime.dispatchFetch("http://localhost/api/video");
      const body = new Uint8Array(await response.arrayBuffer());
      await response.waitUntil();
      if (!response.ok) throw new Error(`the function answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 500)}`);
      expect(response.headers.get("content-type")).toBe("video/mp4");
      return body;
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
