/**
 * A fresh consumer project in a temp directory: the runtime's example files copied from its folder,
 * and the packed SDK installed with plain npm, as a user would — never the workspace source.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { exec } from "./exec.mjs";
import { packSdk } from "./pack.mjs";

/** The environment for npm and the runtimes: without the npm_* settings pnpm passes to its scripts. */
export function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|NODE_OPTIONS$|VITEST)/i.test(k)));
  return { ...env, ...extra };
}

/**
 * @param {string} runtime  the folder name, e.g. "node-esm"; the temp directory is named after it
 * @param {string} from     the runtime's folder, holding the files to copy
 * @param {string[]} files  paths relative to `from`, copied to the same paths in the project
 * @param {object} [packageJson]  extra package.json fields (e.g. { type: "module" })
 */
export async function consumerProject(runtime, from, files, packageJson = {}) {
  const tarball = await packSdk();
  const dir = await mkdtemp(join(tmpdir(), `videogen-${runtime}-`));
  try {
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: `videogen-${runtime}-example`, private: true, ...packageJson }, null, 2));
    for (const file of files) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await copyFile(join(from, file), join(dir, file));
    }
    // --prefer-offline: openapi-fetch, the tarball's one dependency, comes from npm's cache when it can.
    await exec("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, env: cleanEnv() });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
