/**
 * The pending changesets, read straight from `.changeset/*.md` with changesets' own parser (no
 * git needed: CI clones one branch), and the bump each package gets from them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import parse from "@changesets/parse";

export type Bump = "none" | "patch" | "minor" | "major";
export const bumpRank: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export interface PendingChangeset {
  id: string;
  file: string;
  releases: { name: string; type: Bump }[];
  summary: string;
}

export function readChangesets(dir: string): PendingChangeset[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const { releases, summary } = parse(readFileSync(file, "utf8"));
      return { id: name.replace(/\.md$/, ""), file, releases: releases.map(({ name: pkg, type }) => ({ name: pkg, type })), summary };
    });
}

/** Each package's highest pending bump, and which changesets ask for it. */
export function pendingBumps(changesets: PendingChangeset[]): Map<string, { bump: Bump; from: string[] }> {
  const bumps = new Map<string, { bump: Bump; from: string[] }>();
  for (const changeset of changesets) {
    for (const { name, type } of changeset.releases) {
      const current = bumps.get(name) ?? { bump: "none" as Bump, from: [] };
      if (bumpRank[type] > bumpRank[current.bump]) bumps.set(name, { bump: type, from: [changeset.id] });
      else if (type !== "none" && type === current.bump) current.from.push(changeset.id);
    }
  }
  return bumps;
}

/** A changeset file: front matter naming each package's bump, then the summary. */
export const renderChangeset = (bumps: { name: string; bump: Bump }[], summary: string): string =>
  `---\n${bumps.map(({ name, bump }) => `"${name}": ${bump}`).join("\n")}\n---\n\n${summary.trim()}\n`;
