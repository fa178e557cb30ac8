/**
 * `npm run release:version`: the versioning half of a release.
 *   1. Compares the bundled contract with the last released one; stops if the pending changesets
 *      do not cover the API changes (as `npm run check:breaking` would).
 *   2. Writes the generated list of API changes into .changeset/api-changes.md, so that
 *      `changeset version` puts it in the CHANGELOG of every package that ships the contract.
 *   3. Runs `changeset version` (versions, CHANGELOG.md files, changesets consumed).
 *   4. Keeps the contract of the new spec version as the next baseline:
 *      spec/releases/<version>/openapi.json. In the same commit as the versions, so `main` stays
 *      green: after the release there is nothing left to compare.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { recordRelease } from "../src/breaking/baseline.ts";
import { runCheck } from "../src/breaking/check.ts";
import { contractPackages, workspacePackages } from "../src/breaking/workspace.ts";
import { writeApiChangesChangeset } from "../src/release/api-changes.ts";
import { run } from "../src/release/run.ts";
import { bundledSpecJson, repoRoot } from "../src/paths.ts";

const changesetDir = join(repoRoot, ".changeset");
const releasesDir = join(repoRoot, "spec", "releases");
const versionsBefore = new Map(workspacePackages(repoRoot).map((pkg) => [pkg.name, pkg.version]));

const result = runCheck({ root: repoRoot, spec: bundledSpecJson, releasesDir, changesetDir });
console.log(result.output.join("\n"));
if (!result.ok) {
  console.error("\n✖ Not versioning: fix what the check reports first.");
  process.exit(1);
}

const written = writeApiChangesChangeset(changesetDir, result);
if (written) console.log(`\nWrote the list of API changes to ${relative(repoRoot, written)}.`);

console.log("\n$ changeset version");
run(join(repoRoot, "node_modules", ".bin", "changeset"), ["version"], { cwd: repoRoot });

const { spec } = contractPackages(repoRoot, bundledSpecJson);
const specVersion = JSON.parse(readFileSync(join(spec.dir, "package.json"), "utf8")).version as string;
const baseline = recordRelease(releasesDir, specVersion, readFileSync(bundledSpecJson, "utf8"));

console.log("\nVersions:");
for (const pkg of workspacePackages(repoRoot).filter((p) => !p.private)) {
  const before = versionsBefore.get(pkg.name);
  console.log(`  ${pkg.name}: ${before === pkg.version ? `${pkg.version} (unchanged)` : `${before} → ${pkg.version}`}`);
}
console.log(
  baseline.written
    ? `Baseline for the next release: ${relative(repoRoot, baseline.file)}`
    : `${relative(repoRoot, baseline.file)} already exists: ${spec.name} ${specVersion} was released before; the baseline stays.`,
);
console.log("\nCommit the versions, the CHANGELOG.md files and the baseline together, then run `npm run release:publish`.");
