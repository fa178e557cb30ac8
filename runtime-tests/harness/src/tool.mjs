/**
 * Where a runtime's binary lives: the npm packages deno, bun and node ship real executables, pinned
 * as devDependencies of each runtime's workspace package, so the lockfile decides the version.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * @param {string} packageName  e.g. "deno"
 * @param {string} from         the runtime's folder (its package.json declares the tool)
 * @param {string} [file]       the executable inside the package, when not its `bin` entry
 * @returns {string} an absolute path to a native executable
 */
export function toolBinary(packageName, from, file) {
  const manifest = createRequire(join(from, "package.json")).resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, "utf8"));
  const path = join(dirname(manifest), file ?? (typeof bin === "string" ? bin : bin[packageName]));
  if (!existsSync(path)) throw new Error(`${packageName} has no executable at ${path}: was its postinstall allowed (onlyBuiltDependencies)?`);
  return path;
}
