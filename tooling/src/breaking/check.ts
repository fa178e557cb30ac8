/**
 * `npm run check:breaking`: the bundled contract against the last released one, every difference
 * classified, and the pending changesets held to what the changes need. Returns what to print and
 * whether it passed; the script around it only parses arguments.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { latestBaseline, type Baseline } from "./baseline.ts";
import { readChangesets, renderChangeset, type Bump } from "./changesets.ts";
import { compareContracts } from "./compare.ts";
import { checkChangesets, type GateResult } from "./gate.ts";
import { classOrder, classTitles, groupChanges, renderLine, renderLineWithReason, renderMarkdown, type ChangeLine } from "./report.ts";
import { contractPackages } from "./workspace.ts";
import { bundledSpecJson } from "../paths.ts";

export interface CheckOptions {
  root: string;
  spec: string;
  releasesDir: string;
  changesetDir: string;
}

export interface CheckResult {
  ok: boolean;
  output: string[];
  baseline?: Baseline;
  lines: ChangeLine[];
  gate?: GateResult;
  /** The changeset that satisfies the gate, with the generated list (when there are API changes). */
  changeset?: string;
  /** The list of API changes as Markdown, for a changeset or a CHANGELOG. */
  markdown?: string;
  packages: string[];
}

export const apiChangesChangeset = "api-changes";

export function librarySignature(): string {
  // The package does not export its package.json: read it beside its entry point (dist/…).
  const entry = createRequire(import.meta.url).resolve("api-smart-diff");
  const { version } = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return `api-smart-diff ${version}`;
}

export function runCheck(options: CheckOptions): CheckResult {
  const show = (file: string) => {
    const rel = relative(options.root, file);
    return rel && !rel.startsWith("..") ? rel : file;
  };
  // The spec package is the one that publishes the bundle, wherever the compared copy lives.
  const contract = contractPackages(options.root, bundledSpecJson);
  const packages = contract.all.map((pkg) => pkg.name);
  const output: string[] = [];
  const baseline = latestBaseline(options.releasesDir);
  if (!baseline) {
    output.push(`No released contract under ${show(options.releasesDir)}: nothing to compare against yet.`);
    return { ok: true, output, lines: [], packages };
  }

  const before = JSON.parse(readFileSync(baseline.file, "utf8"));
  const after = JSON.parse(readFileSync(options.spec, "utf8"));
  const lines = groupChanges(compareContracts(before, after), baseline.accepted);
  output.push(
    `Contract ${show(options.spec)} against ${contract.spec.name} ${baseline.version} (${show(baseline.file)}),`,
    `compared by ${librarySignature()} after normalising both (tooling/src/breaking/normalise.ts).`,
    "",
  );

  let ok = true;
  const used = new Set(lines.flatMap((line) => (line.accepted ? line.changes : [])));
  const stale = baseline.accepted.filter((entry) => !used.has(entry.change));
  if (lines.length === 0) output.push(`No API changes since ${contract.spec.name} ${baseline.version}.`);
  for (const kind of classOrder) {
    const open = lines.filter((line) => line.class === kind && !line.accepted);
    const render = kind === "annotation" ? renderLine : renderLineWithReason;
    if (open.length) output.push(`${classTitles[kind]} (${open.length}):`, ...open.map((line) => `  - ${render(line)}`), "");
    const accepted = lines.filter((line) => line.class === kind && line.accepted);
    if (accepted.length) {
      output.push(`Breaking, accepted in ${show(baseline.acceptedFile)} (${accepted.length}):`);
      output.push(...accepted.map((line) => `  - ${renderLine(line)}\n    accepted: ${line.accepted!.reason}`), "");
    }
  }
  if (stale.length) {
    ok = false;
    output.push(`✖ ${show(baseline.acceptedFile)} accepts changes the check no longer sees; remove these entries:`);
    output.push(...stale.map((entry) => `  - ${entry.change}`), "");
  }

  const gate = checkChangesets(lines, packages, readChangesets(options.changesetDir));
  const markdown = lines.length ? renderMarkdown(lines, { name: contract.spec.name, version: baseline.version }) : undefined;
  const changesetBump: Bump = gate.needs === "none" ? "patch" : gate.needs;
  const changeset = markdown ? renderChangeset(packages.map((name) => ({ name, bump: changesetBump })), markdown) : undefined;
  if (gate.needs === "none") {
    if (lines.length) output.push("Documentation-only changes: no changeset needed; they ship with the next release.");
    return { ok, output, baseline, lines, gate, packages, ...(changeset ? { changeset, markdown } : {}) };
  }

  const reason = gate.needs === "major" ? "breaking API changes" : "API changes";
  output.push(`Changesets: ${reason} need a ${gate.needs} bump of ${packages.join(", ")}.`);
  for (const verdict of gate.packages) {
    const from = verdict.from.length ? ` (${verdict.from.map((id) => `.changeset/${id}.md`).join(", ")})` : "";
    output.push(`  ${verdict.ok ? "✔" : "✖"} ${verdict.name}: ${verdict.has}${from}  ${contract.why.get(verdict.name) ?? ""}`);
  }
  if (!gate.ok) {
    ok = false;
    const missing = gate.packages.filter((verdict) => !verdict.ok).map((verdict) => verdict.name);
    output.push(
      "",
      `✖ ${reason[0]!.toUpperCase()}${reason.slice(1)} without a ${gate.needs} changeset for ${missing.join(", ")}.`,
      `Add this changeset (\`npm run check:breaking -- --write-changeset\` writes it to ${show(join(options.changesetDir, `${apiChangesChangeset}.md`))}),`,
      "and open its summary with what users must do:",
      "",
      changeset!,
    );
  } else output.push("", "✔ The pending changesets cover these API changes.");
  return { ok, output, baseline, lines, gate, packages, changeset: changeset!, markdown: markdown! };
}
