/**
 * Packs the built CLI with pnpm, as a release would (workspace:* becomes the SDK's version), into a
 * fresh directory; the SDK's tarball comes from the harness.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { exec } from "@videogenapi/runtime-test-harness";

const cliDir = dirname(createRequire(import.meta.url).resolve("@videogenapi/cli/package.json"));

export async function packCli() {
  if (!existsSync(join(cliDir, "dist", "cli.js"))) throw new Error("The CLI is not built: run `pnpm --filter @videogenapi/cli build` (turbo does it first)");
  const dir = await mkdtemp(join(tmpdir(), "videogen-cli-pack-"));
  await exec("pnpm", ["pack", "--pack-destination", dir], { cwd: cliDir });
  const [tarball] = (await readdir(dir)).filter((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${dir}`);
  return join(dir, tarball);
}
