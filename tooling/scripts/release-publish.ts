/**
 * `npm run release:publish [-- --dry-run]`: the publishing half of a release, after
 * `npm run release:version` is committed. Builds every public workspace package (`--skip-build`:
 * already built), then for each, dependencies first: `pnpm pack` (which turns `workspace:*` into
 * real versions) and `npm publish` of that tarball.
 * A version already on the registry is skipped. `--dry-run` publishes nothing and asks the
 * registry nothing (`npm publish --dry-run --offline`). Then it makes sure the contract of the
 * spec version is kept as the baseline (spec/releases/<version>/openapi.json).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { recordRelease } from "../src/breaking/baseline.ts";
import { contractPackages, publicPackages, type WorkspacePackage } from "../src/breaking/workspace.ts";
import { pnpmCommand, run } from "../src/release/run.ts";
import { bundledSpecJson, repoRoot } from "../src/paths.ts";

const { values } = parseArgs({
  options: { "dry-run": { type: "boolean", default: false }, "skip-build": { type: "boolean", default: false } },
});
const dryRun = values["dry-run"];

/** Dependencies before dependents, so no package is published before what it needs. */
function publishOrder(packages: WorkspacePackage[]): WorkspacePackage[] {
  const names = new Set(packages.map((pkg) => pkg.name));
  const needs = new Map(
    packages.map((pkg) => {
      const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
      const deps = ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((field) => Object.keys(manifest[field] ?? {}));
      return [pkg.name, deps.filter((dep) => names.has(dep) && dep !== pkg.name)];
    }),
  );
  const ordered: WorkspacePackage[] = [];
  const pending = [...packages];
  while (pending.length) {
    const index = pending.findIndex((pkg) => needs.get(pkg.name)!.every((dep) => ordered.some((done) => done.name === dep)));
    if (index < 0) throw new Error(`dependency cycle among ${pending.map((pkg) => pkg.name).join(", ")}`);
    ordered.push(...pending.splice(index, 1));
  }
  return ordered;
}

function onRegistry(pkg: WorkspacePackage): boolean {
  const result = spawnSync("npm", ["view", `${pkg.name}@${pkg.version}`, "version"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() === pkg.version;
}

const pnpm = pnpmCommand();
const packages = publishOrder(publicPackages(repoRoot));
if (!values["skip-build"]) {
  console.log("$ turbo run build (every public package)");
  run(pnpm.command, [...pnpm.prefix, "turbo", "run", "build", "--output-logs=errors-only", ...packages.map((pkg) => `--filter=${pkg.name}`)], { cwd: repoRoot });
}
const packDir = mkdtempSync(join(tmpdir(), "videogen-pack-"));
const published: string[] = [];
try {
  for (const pkg of packages) {
    const label = `${pkg.name}@${pkg.version}`;
    const missing = pkg.files.filter((entry) => !/[*?]/.test(entry) && !existsSync(join(pkg.dir, entry)));
    if (missing.length) throw new Error(`${label}: ${missing.join(", ")} missing; build first (pnpm turbo run build)`);
    if (!dryRun && onRegistry(pkg)) {
      console.log(`\n${label} is already on the registry: skipped.`);
      continue;
    }
    console.log(`\n$ pnpm pack && npm publish${dryRun ? " --dry-run --offline" : ""}   (${relative(repoRoot, pkg.dir)})`);
    const packed = run(pnpm.command, [...pnpm.prefix, "pack", "--pack-destination", packDir], { cwd: pkg.dir, quiet: true });
    const tarball = packed.stdout.trim().split("\n").filter((line) => line.endsWith(".tgz")).pop();
    if (!tarball) throw new Error(`${label}: pnpm pack named no tarball:\n${packed.stdout}`);
    // What users install must name real versions, never the workspace protocol.
    const manifest = execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" });
    if (manifest.includes('"workspace:')) throw new Error(`${label}: the packed package.json still has workspace: ranges`);
    const args = ["publish", tarball, "--access", "public", ...(dryRun ? ["--dry-run", "--offline"] : [])];
    const result = run("npm", args, { cwd: pkg.dir, quiet: true });
    const output = `${result.stdout}\n${result.stderr}`;
    const notice = (name: string) => output.match(new RegExp(`${name}:\\s*(.+)`))?.[1]?.trim() ?? "?";
    if (!output.includes(`+ ${label}`)) throw new Error(`${label}: npm publish did not confirm the package:\n${output}`);
    console.log(`  + ${label}: ${notice("total files")} files, ${notice("package size")} packed, ${notice("unpacked size")} unpacked`);
    published.push(label);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

const { spec } = contractPackages(repoRoot, bundledSpecJson);
const baseline = recordRelease(join(repoRoot, "spec", "releases"), spec.version, readFileSync(bundledSpecJson, "utf8"));
console.log(`\n${dryRun ? "Would publish" : "Published"}: ${published.join(", ") || "nothing new"}.`);
console.log(`Baseline of ${spec.name} ${spec.version}: ${relative(repoRoot, baseline.file)} (${baseline.written ? "written now: commit it" : "already kept"}).`);
