/**
 * Adds up the vitest JSON reports that every package's test run writes to test-results/vitest.json
 * and prints one closing line, "Tests: N passed, N failed, N skipped", for the whole suite.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workspaces = ["spec", "tooling", ...["packages", "apps", "runtime-tests", "contract-tests"].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(dir, name)) : [],
)];

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const workspace of workspaces) {
  const file = join(root, workspace, "test-results", "vitest.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${workspace}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
