import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, exec, runExample, toolBinary } from "@videogenapi/runtime-test-harness";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const node = toolBinary("node", here);

test("README shows example.ts verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "example.ts"));
});

test("node-24: generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "node-24",
    from: here,
    files: ["example.ts"],
    packageJson: { type: "module" },
    run: async ({ dir, env }) => {
      const output = await exec(node, ["example.ts"], { cwd: dir, env });
      expect(output).toMatch(/Saved video\.mp4 \(\d+ bytes\) with Node 24\./);
      return readFile(join(dir, "video.mp4"));
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
