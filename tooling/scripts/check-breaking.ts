/**
 * `npm run check:breaking [-- --write-changeset]`: compares spec/dist/openapi.json with the last released
 * contract (spec/releases/<version>/openapi.json), prints every API change as breaking,
 * non-breaking or annotation-only, and fails when the pending changesets do not bump the packages
 * that ship the contract enough. `--write-changeset` writes .changeset/api-changes.md with the
 * needed bumps and the list of changes (keeping the words above the list if the file exists).
 * `--spec`, `--releases`, `--changesets` point it at other files (the tests use copies).
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runCheck } from "../src/breaking/check.ts";
import { writeApiChangesChangeset } from "../src/release/api-changes.ts";
import { bundledSpecJson, repoRoot } from "../src/paths.ts";

const { values } = parseArgs({
  options: {
    spec: { type: "string" },
    releases: { type: "string" },
    changesets: { type: "string" },
    "write-changeset": { type: "boolean", default: false },
  },
});

const changesetDir = resolve(values.changesets ?? join(repoRoot, ".changeset"));
const result = runCheck({
  root: repoRoot,
  spec: resolve(values.spec ?? bundledSpecJson),
  releasesDir: resolve(values.releases ?? join(repoRoot, "spec", "releases")),
  changesetDir,
});
console.log(result.output.join("\n"));

if (values["write-changeset"]) {
  const file = writeApiChangesChangeset(changesetDir, result);
  console.log(file ? `\nWrote ${file}; put what users must do above its list.` : "\nNo API changes: no changeset written.");
  process.exit(0);
}
process.exit(result.ok ? 0 : 1);
