/**
 * Packs the built SDK into a tarball once per distinct build: the cache key is a hash of what the
 * tarball holds (package.json, README, dist/). Safe when several runtimes pack at once: each packs
 * into its own directory and renames the tarball into place atomically; identical builds give
 * identical tarballs, so whichever rename lands last is as good as the first.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { exec } from "./exec.mjs";

const require = createRequire(import.meta.url);
export const sdkDir = dirname(require.resolve("@videogenapi/sdk/package.json"));
const defaultCacheDir = join(tmpdir(), "videogenapi-runtime-tests");

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name)).sort();
}

/** A short hash of the files `npm pack` would ship. */
export async function sdkHash() {
  const dist = join(sdkDir, "dist");
  if (!existsSync(dist)) throw new Error("The SDK is not built: run `pnpm --filter @videogenapi/sdk build` (turbo does it first)");
  const hash = createHash("sha256");
  for (const file of [join(sdkDir, "package.json"), join(sdkDir, "README.md"), ...(await filesUnder(dist))]) {
    hash.update(relative(sdkDir, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Path of the SDK tarball for the current build, packing it if this build has not been packed yet. */
export async function packSdk({ cacheDir = defaultCacheDir } = {}) {
  const target = join(cacheDir, `videogenapi-sdk-${await sdkHash()}.tgz`);
  if (existsSync(target)) return target;
  await mkdir(cacheDir, { recursive: true });
  const work = await mkdtemp(join(cacheDir, "pack-"));
  try {
    // pnpm pack, as a release would: it resolves workspace: ranges and applies publishConfig.
    await exec("pnpm", ["pack", "--pack-destination", work], { cwd: sdkDir });
    const [tarball] = (await readdir(work)).filter((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${work}`);
    await rename(join(work, tarball), target);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return target;
}
