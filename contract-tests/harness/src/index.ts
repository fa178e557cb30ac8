/** Shared steps of the consumer matrix; see the README beside src/. */
export { compile, type Diagnostic } from "./compile.ts";
export { bin, exec, execOk } from "./exec.ts";
export { freePort } from "./free-port.ts";
export { runLifecycle } from "./lifecycle.ts";
export { describeDiagnostics, installedVersion, measureGenerator, ROW, type GenerateContext, type Measurement } from "./measure.ts";
export { matrixTests } from "./matrix-tests.ts";
export { MATRIX_HEADING, readMatrix, readmeColumn, specReadme } from "./readme-table.ts";
export { rules, type Rule } from "./rules.ts";
export { startFastSimulator, startSimulator, type RunningSimulator } from "./simulator.ts";
export { loadCatalog, loadSpec, requestExamples, specJson, specYaml } from "./spec.ts";
export { assertionsSource, probeFiles, probeSource } from "./type-checks.ts";
export { isH264Mp4, probeVideo } from "./video.ts";
