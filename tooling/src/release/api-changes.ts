/**
 * The changeset that carries the generated list of API changes into the release:
 * `.changeset/api-changes.md`. Written by `npm run check:breaking -- --write-changeset` or by the
 * release step; when it exists, the words its author put above the list are kept, the list is
 * regenerated, and no bump is lowered.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import parse from "@changesets/parse";
import { bumpRank, renderChangeset, type Bump } from "../breaking/changesets.ts";
import { apiChangesChangeset, type CheckResult } from "../breaking/check.ts";

export const listHeading = "API changes since ";

const wordsAboveList = (summary: string): string => {
  const at = summary.indexOf(listHeading);
  return (at < 0 ? summary : summary.slice(0, at)).trim();
};

export function writeApiChangesChangeset(changesetDir: string, result: CheckResult): string | undefined {
  const file = join(changesetDir, `${apiChangesChangeset}.md`);
  const existing = existsSync(file) ? parse(readFileSync(file, "utf8")) : undefined;
  const words = existing ? wordsAboveList(existing.summary) : "";
  const kept = (existing?.releases ?? []).map(({ name, type }) => ({ name, bump: type as Bump }));
  if (!result.markdown || !result.gate) {
    // No API changes (any more): a list written earlier would be wrong; what a person wrote stays.
    if (existing && words) writeFileSync(file, renderChangeset(kept, words));
    else if (existing) rmSync(file);
    return undefined;
  }
  const needed: Bump = result.gate.needs === "none" ? "patch" : result.gate.needs;
  const bumps = new Map<string, Bump>(result.packages.map((name) => [name, needed]));
  for (const { name, bump } of kept) if (bumpRank[bump] > bumpRank[bumps.get(name) ?? "none"]) bumps.set(name, bump);
  const summary = words ? `${words}\n\n${result.markdown}` : result.markdown;
  writeFileSync(file, renderChangeset([...bumps].map(([name, bump]) => ({ name, bump })), summary));
  return file;
}
