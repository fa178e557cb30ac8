import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, runExample } from "@videogenapi/runtime-test-harness";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { serveDirectory } from "./static-server.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Headless, with a fresh profile (playwright's), and nothing that calls home.
const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const isLoopback = (url) => /^(data|blob|about):/.test(url) || new URL(url).hostname === "127.0.0.1";

test("README shows app.mjs and index.html verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "app.mjs"));
  await assertReadmeShows(join(here, "README.md"), join(here, "index.html"));
});

test("browser (Chromium): generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "browser",
    from: here,
    files: ["app.mjs", "index.html"],
    packageJson: { type: "module" },
    run: async ({ dir, sim }) => {
      await build({ entryPoints: [join(dir, "app.mjs")], absWorkingDir: dir, outfile: join(dir, "app.js"),
        bundle: true, format: "esm", platform: "browser", target: "es2022" });
      const site = await serveDirectory(dir);
      const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      try {
        const page = await browser.newPage();
        const problems = [];
        page.on("pageerror", (error) => problems.push(error.message));
        page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
        // Loopback only: anything else the page asks for is refused and reported.
        await page.route("**/*", (route) => (isLoopback(route.request().url()) ? route.continue() : (problems.push(`blocked ${route.request().url()}`), route.abort())));

        // The page is on one loopback origin and the API on another: CORS is part of what this checks.
        await page.goto(`${site.origin}/index.html?api=${encodeURIComponent(sim.baseUrl)}`);
        await page.waitForFunction(() => /^(Done|Failed)/.test(document.querySelector("#status").textContent), null, { timeout: 120_000 });
        const status = await page.textContent("#status");
        if (!status.startsWith("Done")) throw new Error(`the page says "${status}"${problems.length ? `; ${problems.join("; ")}` : ""}`);
        expect(problems).toEqual([]);

        // The bytes behind the <video>'s blob: URL, and proof that Chromium can decode them.
        const { data, duration } = await page.evaluate(async () => {
          const video = document.querySelector("video");
          if (video.readyState < 1) await new Promise((resolve, reject) => { video.onloadedmetadata = resolve; video.onerror = () => reject(new Error(`<video> error ${video.error?.code}`)); });
          const buffer = await (await fetch(video.src)).arrayBuffer();
          return { data: Array.from(new Uint8Array(buffer)), duration: video.duration };
        });
        expect(duration).toBeCloseTo(5, 0);
        return new Uint8Array(data);
      } finally {
        await browser.close();
        await site.close();
      }
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
