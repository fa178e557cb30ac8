import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, exec, runExample, toolBinary } from "@videogenapi/runtime-test-harness";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const bun = toolBinary("bun", here);

test("README shows example.ts verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "example.ts"));
});

test("bun: generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "bun",
    from: here,
    files: ["example.ts"],
    packageJson: { type: "module" },
    run: async ({ dir, env }) => {
      // --no-install: resolve only from the project's node_modules, never Bun's auto-install.
      const output = await exec(bun, ["run", "--no-install", "example.ts"], { cwd: dir, env: { ...env, NO_COLOR: "1" } });
      expect(output).toMatch(/Saved video\.mp4/);
      return readFile(join(dir, "video.mp4"));
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
