/**
 * `npm run release:rehearse`: the whole release on a temporary copy of the repository, as CI runs it.
 * Builds the public packages, copies the repository (files git knows plus the build output), and
 * there runs `release:version`, checks that every package that ships the contract got the list of
 * API changes in its CHANGELOG.md and that the baseline of the new spec version was written, runs
 * `release:publish --dry-run` (no registry: npm is pointed at a closed local port and runs
 * offline), and finally `check:breaking`, which must find nothing left to release.
 * The repository itself is not touched.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { runCheck } from "../src/breaking/check.ts";
import { readChangesets } from "../src/breaking/changesets.ts";
import { contractPackages, publicPackages, workspacePackages } from "../src/breaking/workspace.ts";
import { listHeading } from "../src/release/api-changes.ts";
import { pnpmCommand, run } from "../src/release/run.ts";
import { bundledSpecJson, repoRoot } from "../src/paths.ts";

const failures: string[] = [];
const expect = (ok: boolean, message: string) => {
  console.log(`  ${ok ? "✔" : "✖"} ${message}`);
  if (!ok) failures.push(message);
};

// 1. Build what gets published (turbo replays it from cache when nothing changed).
const pnpm = pnpmCommand();
const publics = publicPackages(repoRoot);
run(pnpm.command, [...pnpm.prefix, "turbo", "run", "build", ...publics.map((pkg) => `--filter=${pkg.name}`)], { cwd: repoRoot, quiet: true });

// 2. The copy: what git tracks (or would track) plus the build output, with node_modules linked.
const copy = mkdtempSync(join(tmpdir(), "videogen-release-"));
const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
  .split("\0")
  .filter((file) => file && existsSync(join(repoRoot, file)) && !lstatSync(join(repoRoot, file)).isDirectory());
for (const file of files) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  cpSync(join(repoRoot, file), join(copy, file));
}
for (const pkg of publics) {
  for (const entry of pkg.files.filter((item) => !/[*?]/.test(item))) {
    const from = join(pkg.dir, entry);
    if (existsSync(from)) cpSync(from, join(copy, relative(repoRoot, pkg.dir), entry), { recursive: true });
  }
}
cpSync(bundledSpecJson, join(copy, relative(repoRoot, bundledSpecJson)));
for (const dir of [repoRoot, ...workspacePackages(repoRoot).map((pkg) => pkg.dir)]) {
  const modules = join(dir, "node_modules");
  const target = join(copy, relative(repoRoot, dir), "node_modules");
  if (existsSync(modules) && !existsSync(target)) symlinkSync(modules, target, "dir");
}
console.log(`Rehearsing the release in ${copy} (${files.length} files).`);

const inCopy = (path: string) => join(copy, relative(repoRoot, path));
const script = (name: string) => join(copy, "tooling", "scripts", name);
const offline = { ...process.env, npm_config_registry: "http://127.0.0.1:9/", npm_config_fetch_retries: "0" };
const tsx = (name: string, args: string[] = []) =>
  run(process.execPath, ["--import", "tsx", script(name), ...args], { cwd: join(copy, "tooling"), env: offline, quiet: true });

try {
  const contract = contractPackages(repoRoot, bundledSpecJson);
  const check = runCheck({
    root: repoRoot,
    spec: bundledSpecJson,
    releasesDir: join(repoRoot, "spec", "releases"),
    changesetDir: join(repoRoot, ".changeset"),
  });
  if (!check.ok) {
    // The check:breaking step reports that on its own; rehearse with the changeset it asks for.
    console.log("\ncheck:breaking fails on the pending changesets: rehearsing with the changeset it asks for.");
    tsx("check-breaking.ts", ["--write-changeset"]);
  }
  const pending = readChangesets(join(copy, ".changeset"));
  const before = new Map(publics.map((pkg) => [pkg.name, pkg.version]));

  // 3. release:version
  console.log("\n$ npm run release:version");
  const version = tsx("release-version.ts");
  console.log(version.stdout.split("\n").filter((line) => /^(  \S+: \S+ (→|\(unchanged)|Baseline|Wrote)/.test(line)).map((line) => `  ${line.trim()}`).join("\n"));
  const after = new Map(workspacePackages(copy).map((pkg) => [pkg.name, pkg.version]));
  for (const pkg of publics) {
    const named = pending.some((changeset) => changeset.releases.some((release) => release.name === pkg.name && release.type !== "none"));
    const shipsContract = Boolean(check.markdown) && contract.all.some((item) => item.name === pkg.name);
    if (named || shipsContract) expect(after.get(pkg.name) !== before.get(pkg.name), `${pkg.name} ${before.get(pkg.name)} → ${after.get(pkg.name)}`);
  }
  expect(readChangesets(join(copy, ".changeset")).length === 0, "every changeset consumed");
  if (check.markdown) {
    const items = check.markdown.split("\n").filter((line) => line.startsWith("- "));
    for (const pkg of contract.all) {
      const changelog = join(inCopy(pkg.dir), "CHANGELOG.md");
      const text = existsSync(changelog) ? readFileSync(changelog, "utf8") : "";
      const missing = items.filter((item) => !text.includes(item.slice(2)));
      expect(text.includes(listHeading) && missing.length === 0, `${relative(repoRoot, pkg.dir)}/CHANGELOG.md lists the ${items.length} API changes`);
    }
    const specChangelog = readFileSync(join(inCopy(contract.spec.dir), "CHANGELOG.md"), "utf8").split("\n");
    console.log(`\n  ${relative(repoRoot, contract.spec.dir)}/CHANGELOG.md begins:\n${specChangelog.slice(0, 16).map((line) => `    | ${line}`).join("\n")}\n`);
  }
  const specVersion = after.get(contract.spec.name)!;
  const baseline = join(copy, "spec", "releases", specVersion, "openapi.json");
  expect(
    existsSync(baseline) && readFileSync(baseline, "utf8") === readFileSync(bundledSpecJson, "utf8"),
    `spec/releases/${specVersion}/openapi.json is the bundled contract`,
  );

  // 4. release:publish --dry-run
  console.log("\n$ npm run release:publish -- --dry-run");
  const publish = tsx("release-publish.ts", ["--dry-run", "--skip-build"]);
  for (const pkg of publicPackages(copy)) {
    expect(publish.stdout.includes(`+ ${pkg.name}@${pkg.version}`), `npm publish --dry-run ${pkg.name}@${pkg.version}`);
  }
  console.log(publish.stdout.split("\n").filter((line) => line.startsWith("  + ")).join("\n"));

  // 5. After the release, the check has nothing left to ask for.
  console.log("\n$ npm run check:breaking");
  const recheck = tsx("check-breaking.ts");
  expect(recheck.stdout.includes(`No API changes since ${contract.spec.name} ${specVersion}.`), `check:breaking: no API changes since ${specVersion}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
}

if (failures.length) {
  console.error(`\n✖ Release rehearsal failed (${failures.length}); the copy is kept in ${copy}:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
rmSync(copy, { recursive: true, force: true });
console.log("\n✔ Release rehearsal passed.");
