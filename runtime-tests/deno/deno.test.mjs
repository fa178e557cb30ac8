import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, exec, runExample, toolBinary } from "@videogenapi/runtime-test-harness";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
// The native executable the deno package installs beside its Node launcher.
const deno = toolBinary("deno", here, "deno");

test("README shows example.ts verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "example.ts"));
});

test("deno: type-checks, then generate → wait → download from the packed tarball", async () => {
  const { bytes } = await runExample({
    runtime: "deno",
    from: here,
    files: ["example.ts"],
    run: async ({ dir, env }) => {
      // A DENO_DIR of its own: nothing cached from elsewhere; npm: packages come from the project's node_modules.
      const denoEnv = { ...env, DENO_DIR: join(dir, ".deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
      await exec(deno, ["check", "example.ts"], { cwd: dir, env: denoEnv });
      const permissions = ["--allow-net=127.0.0.1", "--allow-env=VIDEOGEN_API_KEY,VIDEOGEN_BASE_URL", "--allow-read=video.mp4", "--allow-write=video.mp4"];
      const output = await exec(deno, ["run", ...permissions, "example.ts"], { cwd: dir, env: denoEnv });
      expect(output).toMatch(/Saved video\.mp4/);
      return readFile(join(dir, "video.mp4"));
    },
  });
  expect(bytes).toBeGreaterThan(0);
});
