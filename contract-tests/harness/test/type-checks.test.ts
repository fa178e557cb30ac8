// The type-level checks must be able to fail: a status typed as string, a union that lost a member,
// a probe assigned to a type that takes anything, and an untypable narrowing are each caught.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { compile, loadCatalog, probeFiles, requestExamples, rules } from "../src/index.ts";
import { writeTypeChecks } from "../src/type-checks.ts";

const harnessDir = new URL("..", import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A throwaway project whose consumer/types.ts is `types`, checked with the harness's TypeScript. */
async function check(types: string) {
  const projectDir = await mkdtemp(join(tmpdir(), "type-checks-"));
  dirs.push(projectDir);
  const outDir = join(projectDir, ".out");
  await mkdir(join(projectDir, "consumer"), { recursive: true });
  await mkdir(join(outDir, "generated"), { recursive: true });
  await writeFile(join(projectDir, "consumer", "types.ts"), types);
  const catalog = loadCatalog();
  const examples = requestExamples();
  await writeTypeChecks(outDir, catalog, probeFiles(examples, rules(catalog, examples)));
  const { diagnostics } = await compile(projectDir, outDir, harnessDir);
  return (file: string) => diagnostics.filter((d) => d.file.startsWith(file)).length;
}

const union = (values: string[]) => values.map((v) => JSON.stringify(v)).join(" | ");

test("exact literal unions and a narrowable generation pass; `any` takes every probe", async () => {
  const c = loadCatalog();
  const errors = await check(`
export type Status = ${union(c.statuses)};
export type ErrorCode = ${union(c.errorCodes.map((e) => e.code))};
export type FailureCode = ${union(c.failureCodes.map((e) => e.code))};
export type Generation = { status: "completed"; video_url: string } | { status: "failed"; error: { code: FailureCode } } | { status: "pending" };
export type GenerateBody = any;
`);
  expect(errors(".out/assertions.ts")).toBe(0);
  expect(errors(".out/narrowing.ts")).toBe(0);
  expect(errors(".out/probes/")).toBe(0); // nothing rejected: every rule would read "accepted"
});

test("a status typed as string, a union missing a member, and a non-discriminated generation fail", async () => {
  const c = loadCatalog();
  const errors = await check(`
export type Status = string;
export type ErrorCode = ${union(c.errorCodes.slice(1).map((e) => e.code))};
export type FailureCode = ${union(c.failureCodes.map((e) => e.code))};
export type Generation = { status: string; video_url?: string; error?: { code: FailureCode } };
export type GenerateBody = { model: "none" };
`);
  expect(errors(".out/assertions.ts")).toBeGreaterThanOrEqual(3); // not literal, not the spec's, invalid literal accepted (unused @ts-expect-error)
  expect(errors(".out/narrowing.ts")).toBeGreaterThan(0);
  expect(errors(".out/probes/example-")).toBeGreaterThan(0); // a type that refuses the spec's own examples
});
