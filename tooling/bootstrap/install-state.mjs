/**
 * Whether `pnpm install` has anything to do: a fingerprint of every input of the install (the
 * lockfile, the workspace and npm settings, every package.json, the Node version) is written after
 * a successful install and compared before the next one, so a restart with nothing changed skips
 * the install (pnpm itself takes tens of seconds to find out that nothing changed).
 * Plain Node: it runs before anything is installed.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The workspace's package folders, from pnpm-workspace.yaml's `packages:` list (`dir` or `dir/*`). */
function workspaceFolders(root) {
  const lines = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").split("\n");
  const start = lines.indexOf("packages:");
  const patterns = [];
  for (const line of lines.slice(start + 1)) {
    const entry = /^\s+-\s+["']?([^"'#\s]+)["']?/.exec(line);
    if (!entry) break;
    patterns.push(entry[1]);
  }
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, parent, entry.name, "package.json")))
      .map((entry) => `${parent}/${entry.name}`);
  });
}

export function installFingerprint(root) {
  const hash = createHash("sha256").update(process.versions.node.split(".")[0]);
  const files = ["pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", "package.json", ...workspaceFolders(root).sort().map((dir) => `${dir}/package.json`)];
  for (const file of files) {
    hash.update(`\0${file}\0`);
    if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  }
  return hash.digest("hex");
}

const stampFile = (root) => join(root, "node_modules", ".videogen-install.json");

/** The scopes installed for the current fingerprint (`all`, or the packages `npm start` needs). */
export function installedScopes(root) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(root), "utf8"));
    return stamp.fingerprint === installFingerprint(root) ? stamp.scopes : [];
  } catch {
    return [];
  }
}

export function recordInstall(root, scope) {
  const scopes = scope === "all" ? ["all"] : [...new Set([...installedScopes(root), scope])];
  writeFileSync(stampFile(root), JSON.stringify({ fingerprint: installFingerprint(root), scopes }) + "\n");
}
