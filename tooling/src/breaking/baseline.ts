/**
 * The released contracts the check compares against: `spec/releases/<version>/openapi.json`, one
 * per published version of the spec package, written by the release step. The newest version is
 * the baseline. An optional `accepted-breaking.json` beside it lists breaking changes the release
 * owner accepted against that baseline, each with its reason; it stops applying as soon as a
 * newer release becomes the baseline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import type { AcceptedBreak } from "./types.ts";

export interface Baseline {
  version: string;
  file: string;
  accepted: AcceptedBreak[];
  acceptedFile: string;
}

export const baselineFileName = "openapi.json";
export const acceptedFileName = "accepted-breaking.json";

export function readAccepted(file: string): AcceptedBreak[] {
  if (!existsSync(file)) return [];
  const entries: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of { "change", "reason" }`);
  return entries.map((entry, index) => {
    const { change, reason } = (entry ?? {}) as Partial<AcceptedBreak>;
    if (typeof change !== "string" || !change || typeof reason !== "string" || !reason) {
      throw new Error(`${file}: entry ${index} needs a non-empty "change" (the exact line the check printed) and "reason"`);
    }
    return { change, reason };
  });
}

/** The newest release under `releasesDir`, or undefined before the first one. */
export function latestBaseline(releasesDir: string): Baseline | undefined {
  if (!existsSync(releasesDir)) return undefined;
  const versions = readdirSync(releasesDir)
    .filter((name) => semver.valid(name) && existsSync(join(releasesDir, name, baselineFileName)))
    .sort(semver.rcompare);
  const version = versions[0];
  if (!version) return undefined;
  return baselineAt(join(releasesDir, version), version);
}

export function baselineAt(dir: string, version: string): Baseline {
  const acceptedFile = join(dir, acceptedFileName);
  return { version, file: join(dir, baselineFileName), accepted: readAccepted(acceptedFile), acceptedFile };
}

/**
 * Keeps the contract of a spec version as released: writes `<releasesDir>/<version>/openapi.json`
 * from the bundle, unless that version already has one (a version's baseline never changes).
 */
export function recordRelease(releasesDir: string, version: string, bundledJson: string): { file: string; written: boolean } {
  const file = join(releasesDir, version, baselineFileName);
  if (existsSync(file)) return { file, written: false };
  mkdirSync(join(releasesDir, version), { recursive: true });
  writeFileSync(file, bundledJson);
  return { file, written: true };
}
