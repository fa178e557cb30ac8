/**
 * One generator's whole check, measured into its column of the matrix: generate from the bundled
 * spec into the project's gitignored .out/, one strict tsc run over the generated code, consumer/,
 * the type assertions and the probes, and the lifecycle against a fresh simulator (in parallel
 * with tsc). Nothing here asserts: the project's test compares the column with the README's.
 */
import { mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile, type Diagnostic } from "./compile.ts";
import { runLifecycle, type LifecycleOutcome } from "./lifecycle.ts";
import { rules } from "./rules.ts";
import { startFastSimulator, type RunningSimulator } from "./simulator.ts";
import { loadCatalog, loadSpec, requestExamples, specJson, specYaml } from "./spec.ts";
import { probeFiles, writeTypeChecks } from "./type-checks.ts";

/** The matrix's fixed rows (the rules' rows follow, titled by rules()). */
export const ROW = {
  version: "version",
  compiles: "compiles with `tsc --strict`, no patches",
  literalUnions: "status, error and failure codes are literal unions",
  narrowing: "`status` narrows a generation to its `video_url` / `error`",
  examples: "accepts every request example of the spec",
  lifecycle: "generate → status → list → user → video (ffprobe: H.264)",
  clientVideo: "the generated video call returns the MP4's bytes",
} as const;

/** The harness's type-check files (their errors are findings, not compile failures). */
export const CHECK_FILES = [".out/assertions.ts", ".out/narrowing.ts"];

export interface GenerateContext {
  projectDir: string;
  /** Where the generator writes (`.out/generated`); consumer/ imports from here. */
  generatedDir: string;
  specJson: string;
  specYaml: string;
  sim: RunningSimulator;
}

export interface Measurement {
  column: Map<string, string>;
  diagnostics: Diagnostic[];
  lifecycle: LifecycleOutcome;
  /** Probe name → whether tsc rejected it. */
  probes: Map<string, boolean>;
  seconds: { generate: number; total: number };
}

const yesNo = (ok: boolean) => (ok ? "yes" : "no");

export function installedVersion(projectDir: string, packageName: string): string {
  return createRequire(join(projectDir, "package.json"))(`${packageName}/package.json`).version;
}

export async function measureGenerator(options: {
  projectDir: string;
  /** Packages whose versions make the "version" cell, joined by " + ". */
  packages: string[];
  generate: (ctx: GenerateContext) => Promise<void>;
}): Promise<Measurement> {
  const started = performance.now();
  const { projectDir } = options;
  const outDir = join(projectDir, ".out");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const spec = loadSpec();
  const catalog = loadCatalog(spec);
  const examples = requestExamples(spec);
  const ruleList = rules(catalog, examples);
  const probes = probeFiles(examples, ruleList);

  const [sim] = await Promise.all([startFastSimulator(), writeTypeChecks(outDir, catalog, probes)]);
  try {
    const generatedDir = join(outDir, "generated");
    const generateStarted = performance.now();
    await options.generate({ projectDir, generatedDir, specJson, specYaml, sim });
    const generateSeconds = (performance.now() - generateStarted) / 1000;

    // The lifecycle's body: the spec's text-to-video example at its model's shortest, smallest setting.
    const text = examples.TextToVideo!;
    const model = catalog.models.find((m) => m.key === text.model)!;
    const request = { ...text, duration: model.durations.min, resolution: model.resolutions[0] };
    const [{ diagnostics }, lifecycle] = await Promise.all([compile(projectDir, outDir), runLifecycle(projectDir, outDir, sim, request, catalog)]);

    const inFile = (prefix: string) => diagnostics.filter((d) => d.file.startsWith(prefix));
    const rejected = new Map(probes.map((p) => [p.name, inFile(`.out/probes/${p.name}.ts`).length > 0]));
    const elsewhere = diagnostics.filter((d) => !d.file.startsWith(".out/probes/") && !CHECK_FILES.includes(d.file));

    const column = new Map<string, string>([
      [ROW.version, options.packages.map((p) => installedVersion(projectDir, p)).join(" + ")],
      [ROW.compiles, yesNo(elsewhere.length === 0)],
      [ROW.literalUnions, yesNo(inFile(".out/assertions.ts").length === 0)],
      [ROW.narrowing, yesNo(inFile(".out/narrowing.ts").length === 0)],
      [ROW.examples, yesNo(probes.filter((p) => p.name.startsWith("example-")).every((p) => !rejected.get(p.name)))],
      [ROW.lifecycle, yesNo(lifecycle.problems.length === 0)],
      [ROW.clientVideo, yesNo(lifecycle.clientVideoIntact)],
    ]);
    for (const rule of ruleList) {
      // A rule counts as enforced only if the type also takes its valid twin: a type that rejects both is just wrong.
      const valid = !rejected.get(`rule-${rule.id}.valid`);
      const invalid = rejected.get(`rule-${rule.id}.invalid`);
      column.set(rule.title, !valid ? "rejects the valid twin" : invalid ? "rejected" : "accepted");
    }
    return { column, diagnostics, lifecycle, probes: rejected, seconds: { generate: generateSeconds, total: (performance.now() - started) / 1000 } };
  } finally {
    await sim.stop();
  }
}

/** A readable list of tsc's complaints, for test failure messages. */
export const describeDiagnostics = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join("\n") || "(none)";

