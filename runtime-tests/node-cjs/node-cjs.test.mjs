import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, exec, runExample } from "@videogenapi/runtime-test-harness";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));

test("README shows example.cjs verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "example.cjs"));
});

test("node-cjs (Node 20, require): generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "node-cjs",
    from: here,
    files: ["example.cjs"],
    packageJson: { type: "commonjs" },
    run: async ({ dir, env }) => {
      // The CJS build, not require(esm): fail if Node would fall back to loading the ES module.
      const output = await exec(process.execPath, ["--no-experimental-require-module", "example.cjs"], { cwd: dir, env });
      expect(output).toMatch(/Saved video\.mp4/);
      return readFile(join(dir, "video.mp4"));
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
