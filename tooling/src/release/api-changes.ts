/**
 * The changeset that carries the generated list of API changes into the release:
 * `.changeset/api-changes.md`. Written by `pnpm check:breaking --write-changeset` or by the
 * release step; when it exists, the words its author put above the list are kept, the list is
 * regenerated, and no bump is lowered.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import parse from "@changesets/parse";
import { bumpRank, renderChangeset, type Bump } from "../breaking/changesets.ts";
import { apiChangesChangeset, type CheckResult } from "../breaking/check.ts";

export const listHeading = "API changes since ";

export function writeApiChangesChangeset(changesetDir: string, result: CheckResult): string | undefined {
  if (!result.markdown || !result.gate) return undefined;
  const file = join(changesetDir, `${apiChangesChangeset}.md`);
  const needed: Bump = result.gate.needs === "none" ? "patch" : result.gate.needs;
  const bumps = new Map<string, Bump>(result.packages.map((name) => [name, needed]));
  let words = "";
  if (existsSync(file)) {
    const existing = parse(readFileSync(file, "utf8"));
    for (const { name, type } of existing.releases) {
      if (bumpRank[type] > bumpRank[bumps.get(name) ?? "none"]) bumps.set(name, type);
    }
    const at = existing.summary.indexOf(listHeading);
    words = (at < 0 ? existing.summary : existing.summary.slice(0, at)).trim();
  }
  const summary = words ? `${words}\n\n${result.markdown}` : result.markdown;
  writeFileSync(file, renderChangeset([...bumps].map(([name, bump]) => ({ name, bump })), summary));
  return file;
}
