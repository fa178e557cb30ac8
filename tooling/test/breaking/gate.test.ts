/**
 * The changeset gate: what `pnpm check:breaking` demands of `.changeset/*.md` for a breaking
 * change (a major bump of every package that ships the contract), what it accepts, how an
 * accepted break is recorded, and the changeset it writes itself.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../src/catalog.ts";
import {
  contractPackageNames,
  modelShapes,
  operationWithRequest,
  readBundledSpec,
  runCheck,
  scratch,
  section,
  writeChangeset,
  type Spec,
} from "./helpers.ts";

const base = readBundledSpec();
const packages = contractPackageNames();
const removed = readCatalog(base).models[0]!;
const generate = `\`${operationWithRequest(base, "GenerateRequest")}\``;
const removedLine = `model \`${removed.key}\` removed — ${generate} request`;

/** The contract without its first model (its branch in GenerateRequest and its key). */
const withoutModel: Spec = structuredClone(base);
const branch = modelShapes(base)[0]!;
withoutModel.components.schemas.GenerateRequest.oneOf.shift();
withoutModel.components.schemas.ModelKey.enum = withoutModel.components.schemas.ModelKey.enum.filter((key: string) => key !== removed.key);
for (const name of new Set([branch.branchRef.split("/").pop()!, ...branch.shapeNames])) delete withoutModel.components.schemas[name];

const timeout = 300_000; // generous: busy shared machines have taken a minute per run

describe.concurrent("the changeset gate on a removed model", { timeout }, () => {
  beforeAll(() => {
    expect(packages[0]).toBe(JSON.parse(readFileSync(new URL("../../../spec/package.json", import.meta.url), "utf8")).name);
    expect(packages.length).toBeGreaterThan(1);
  });

  it("fails on minor changesets and names each package that needs a major", async () => {
    const at = scratch(base);
    writeChangeset(at, "some-feature", "minor");
    const run = await runCheck(at, withoutModel);
    expect(run.status).toBe(1);
    for (const name of packages) expect(run.stdout).toContain(`✖ ${name}: minor (.changeset/some-feature.md)`);
    expect(run.stdout).toContain(`✖ Breaking API changes without a major changeset for ${packages.join(", ")}.`);
  });

  it("fails when only the spec package gets a major", async () => {
    const at = scratch(base);
    writeChangeset(at, "spec-only", "major", packages.slice(0, 1));
    const run = await runCheck(at, withoutModel);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✔ ${packages[0]}: major (.changeset/spec-only.md)`);
    expect(run.stdout).toContain(`without a major changeset for ${packages.slice(1).join(", ")}.`);
  });

  it("passes with a major changeset for every package that ships the contract", async () => {
    const at = scratch(base);
    writeChangeset(at, "drop-model", "major");
    const run = await runCheck(at, withoutModel);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain("✔ The pending changesets cover these API changes.");
  });

  it("writes the changeset it asks for, with the list of changes, and then passes", async () => {
    const at = scratch(base);
    const write = await runCheck(at, withoutModel, ["--write-changeset"]);
    expect(write.status).toBe(0);
    const written = readFileSync(join(at.changesets, "api-changes.md"), "utf8");
    for (const name of packages) expect(written).toContain(`"${name}": major`);
    expect(written).toContain(`Breaking:\n\n- ${removedLine}`);
    const again = await runCheck(at, withoutModel);
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout).toContain(`✔ ${packages[0]}: major (.changeset/api-changes.md)`);
  });

  it("keeps the words written above the list when it writes the changeset again, and no bump is lowered", async () => {
    const at = scratch(base);
    const words = "Drop the model nobody used; send another `model`.";
    const stale = "API changes since somewhere: an old list.";
    writeFileSync(
      join(at.changesets, "api-changes.md"),
      `---\n"${packages[0]}": major\n---\n\n${words}\n\n${stale}\n`,
    );
    const write = await runCheck(at, withoutModel, ["--write-changeset"]);
    expect(write.status).toBe(0);
    const written = readFileSync(join(at.changesets, "api-changes.md"), "utf8");
    expect(written).toContain(`${words}\n\nAPI changes since`);
    expect(written).not.toContain(stale);
    expect(written).toContain(`- ${removedLine}`);
    for (const name of packages) expect(written).toContain(`"${name}": major`);
  });

  it("takes a break the baseline's accepted-breaking.json names exactly, with its reason, as needing a minor", async () => {
    const at = scratch(base);
    const reason = "Test: the model was never offered to anyone.";
    writeFileSync(join(at.releases, "1.4.0", "accepted-breaking.json"), JSON.stringify([{ change: `model \`${removed.key}\` removed`, reason }]));
    writeChangeset(at, "minor-release", "minor");
    const run = await runCheck(at, withoutModel);
    expect(section(run.stdout, "Breaking")).not.toContain(removedLine);
    expect(run.stdout).toContain(`Breaking, accepted in ${join(at.releases, "1.4.0", "accepted-breaking.json")}`);
    expect(run.stdout).toContain(`  - ${removedLine}\n    accepted: ${reason}`);
    // The named components the model leaves behind are breaks of their own, not accepted.
    expect(section(run.stdout, "Breaking").some((line) => line.startsWith("`components.schemas` loses"))).toBe(true);
    expect(run.status).toBe(1);
  });

  it("fails on an accepted break that no longer happens", async () => {
    const at = scratch(base);
    writeFileSync(join(at.releases, "1.4.0", "accepted-breaking.json"), JSON.stringify([{ change: `model \`${removed.key}\` removed`, reason: "stale" }]));
    const run = await runCheck(at, base);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`accepts changes the check no longer sees; remove these entries:\n  - model \`${removed.key}\` removed`);
  });

  it("compares with the newest release by semver, not by name", async () => {
    const at = scratch(withoutModel, "1.9.0");
    mkdirSync(join(at.releases, "1.10.0"));
    writeFileSync(join(at.releases, "1.10.0", "openapi.json"), JSON.stringify(base));
    const run = await runCheck(at, base);
    expect(run.stdout).toContain(`No API changes since ${packages[0]} 1.10.0.`);
    expect(run.status).toBe(0);
  });
});
