/**
 * The rule that ties the contract diff to versions: a breaking change needs a major changeset for
 * every package that ships the contract, any other API change at least a minor one. Changes to
 * documentation only need none (they go out with the next release).
 */
import { bumpRank, pendingBumps, type Bump, type PendingChangeset } from "./changesets.ts";
import type { ChangeLine } from "./report.ts";

export interface PackageVerdict {
  name: string;
  needs: Bump;
  has: Bump;
  from: string[];
  ok: boolean;
}

export interface GateResult {
  needs: Bump;
  packages: PackageVerdict[];
  ok: boolean;
}

export function requiredBump(lines: ChangeLine[]): Bump {
  if (lines.some((line) => line.class === "breaking" && !line.accepted)) return "major";
  if (lines.some((line) => line.class === "non-breaking" || (line.class === "breaking" && line.accepted))) return "minor";
  return "none";
}

export function checkChangesets(lines: ChangeLine[], packages: string[], changesets: PendingChangeset[]): GateResult {
  const needs = requiredBump(lines);
  const bumps = pendingBumps(changesets);
  const verdicts = packages.map((name) => {
    const pending = bumps.get(name) ?? { bump: "none" as Bump, from: [] };
    return { name, needs, has: pending.bump, from: pending.from, ok: bumpRank[pending.bump] >= bumpRank[needs] };
  });
  return { needs, packages: verdicts, ok: verdicts.every((verdict) => verdict.ok) };
}
