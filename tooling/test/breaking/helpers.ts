/**
 * Test helpers for the breaking-change check: temporary copies of the bundled contract edited as
 * a spec author would edit the source files, and the check run as the real command on them.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { renderChangeset, type Bump } from "../../src/breaking/changesets.ts";
import { contractPackages } from "../../src/breaking/workspace.ts";
import { bundledSpecJson, repoRoot } from "../../src/paths.ts";

export type Spec = Record<string, any>;

const script = new URL("../../scripts/check-breaking.ts", import.meta.url).pathname;

export const readBundledSpec = (): Spec => JSON.parse(readFileSync(bundledSpecJson, "utf8"));

/** The packages the gate holds to the contract, as the check computes them. */
export const contractPackageNames = () => contractPackages(repoRoot, bundledSpecJson).all.map((pkg) => pkg.name);

export interface Scratch {
  dir: string;
  releases: string;
  changesets: string;
}

/** A scratch folder whose `releases/<version>/openapi.json` is `baseline`, with an empty changeset folder. */
export function scratch(baseline: Spec, version = "1.4.0"): Scratch {
  const dir = mkdtempSync(join(tmpdir(), "videogen-breaking-"));
  const releases = join(dir, "releases");
  mkdirSync(join(releases, version), { recursive: true });
  writeFileSync(join(releases, version, "openapi.json"), JSON.stringify(baseline, null, 2));
  const changesets = join(dir, "changesets");
  mkdirSync(changesets);
  return { dir, releases, changesets };
}

export function writeChangeset(at: Scratch, id: string, bump: Bump, packages = contractPackageNames()): void {
  writeFileSync(join(at.changesets, `${id}.md`), renderChangeset(packages.map((name) => ({ name, bump })), "Test change."));
}

export interface CheckRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Concurrent tests start the command at most once per core at a time.
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= availableParallelism()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** `pnpm check:breaking` on a copy of the contract, as a real process. */
export const runCheck = (at: Scratch, spec: Spec, extra: string[] = []): Promise<CheckRun> => slot(() => spawnCheck(at, spec, extra));

function spawnCheck(at: Scratch, spec: Spec, extra: string[]): Promise<CheckRun> {
  const file = join(at.dir, `openapi-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(spec, null, 2));
  const args = ["--import", "tsx", script, "--spec", file, "--releases", at.releases, "--changesets", at.changesets, ...extra];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The lines the check printed under one heading ("Breaking", "Non-breaking", "Annotation-only"). */
export function section(output: string, title: string): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`${title} (`));
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("  - ")) items.push(line.slice(4));
    else if (!line.startsWith("    ")) break;
  }
  return items;
}

const ref = (node: Spec | undefined): string | undefined => node?.$ref;
const target = (spec: Spec, pointer: string): Spec => pointer.slice(2).split("/").reduce((node: any, key) => node[key], spec);

/** The operation ("POST /v1/generate") whose request body is the schema `name`. */
export function operationWithRequest(spec: Spec, name: string): string {
  for (const [path, item] of Object.entries<Spec>(spec.paths)) {
    for (const [method, operation] of Object.entries<Spec>(item)) {
      const schema = operation?.requestBody?.content?.["application/json"]?.schema;
      if (ref(schema) === `#/components/schemas/${name}`) return `${method.toUpperCase()} ${path}`;
    }
  }
  throw new Error(`no operation takes ${name}`);
}

/** Each model's branch of GenerateRequest and its complete request shapes (one per mode). */
export function modelShapes(spec: Spec): { branchRef: string; shapeNames: string[]; shapes: Spec[] }[] {
  return spec.components.schemas.GenerateRequest.oneOf.map((branch: Spec) => {
    const node = target(spec, branch.$ref);
    const refs: string[] = node.oneOf ? node.oneOf.map((leaf: Spec) => leaf.$ref) : [branch.$ref];
    return { branchRef: branch.$ref, shapeNames: refs.map((r) => r.split("/").pop()!), shapes: refs.map((r) => target(spec, r)) };
  });
}
