import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, exec, runExample } from "@videogenapi/runtime-test-harness";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));

test("README shows example.mjs verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "example.mjs"));
});

test("node-esm (Node 20, import): generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "node-esm",
    from: here,
    files: ["example.mjs"],
    packageJson: { type: "module" },
    run: async ({ dir, env }) => {
      const output = await exec(process.execPath, ["example.mjs"], { cwd: dir, env });
      expect(output).toMatch(/Saved video\.mp4/);
      return readFile(join(dir, "video.mp4"));
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
