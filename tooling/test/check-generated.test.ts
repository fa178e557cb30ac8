/** The drift check fails on an edited or an untracked generated file, and passes on a clean tree. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const script = new URL("../scripts/check-generated.ts", import.meta.url).pathname;

function scratchRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "videogen-drift-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q");
  mkdirSync(join(root, "packages/sdk/src/generated"), { recursive: true });
  writeFileSync(join(root, "packages/sdk/src/generated/schema.ts"), "export type A = 1;\n");
  writeFileSync(join(root, "README.md"), "hand-written\n");
  git("add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init");
  return root;
}

const check = (root: string) =>
  spawnSync(process.execPath, ["--import", "tsx", script], { env: { ...process.env, CHECK_ROOT: root }, encoding: "utf8" });

describe("check-generated", () => {
  it("passes when generated files match the commit, whatever else changed", () => {
    const root = scratchRepo();
    writeFileSync(join(root, "README.md"), "edited by hand\n");
    const result = check(root);
    expect(result.status, result.stderr).toBe(0);
  });

  it("fails and names the file when a generated file differs", () => {
    const root = scratchRepo();
    writeFileSync(join(root, "packages/sdk/src/generated/schema.ts"), "export type A = 2;\n");
    const result = check(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("packages/sdk/src/generated/schema.ts");
  });

  it("fails on a new, untracked generated file", () => {
    const root = scratchRepo();
    writeFileSync(join(root, "packages/sdk/src/generated/models.ts"), "export {};\n");
    expect(check(root).status).toBe(1);
  });
});
