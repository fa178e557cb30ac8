/**
 * Drift check: regenerates everything generated from the spec and fails if the committed files
 * differ (or new generated files are untracked). Run after `npm run generate` in CI.
 */
import { execFileSync } from "node:child_process";
import { repoRoot } from "../src/paths.ts";

// CHECK_ROOT lets the script's own test point it at a scratch repository.
const root = process.env.CHECK_ROOT ?? repoRoot;

const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ":(glob)**/src/generated/**"], {
  cwd: root,
  encoding: "utf8",
}).trim();

if (changed) {
  console.error(`Generated files differ from what the spec produces:\n${changed}\n`);
  console.error("Run `npm run generate` and commit the result; never edit generated files by hand.");
  console.error(execFileSync("git", ["diff", "--stat", "--", ":(glob)**/src/generated/**"], { cwd: root, encoding: "utf8" }));
  process.exit(1);
}
console.log("generated files are up to date with the spec");
