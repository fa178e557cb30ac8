/**
 * One tsc run over the generated code, the project's consumer/ files, the assertions and the probes,
 * with the project's own TypeScript (5.9.3) and `--strict --noEmit`. Diagnostics come back per file.
 */
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { exec } from "./exec.ts";

export interface Diagnostic {
  /** Relative to the project folder, e.g. ".out/probes/rule-resolution-4k.invalid.ts". */
  file: string;
  line: number;
  code: string;
  message: string;
}

export function tscOf(projectDir: string): string {
  return createRequire(join(projectDir, "package.json")).resolve("typescript/bin/tsc");
}

/** @param tscFrom  the folder whose TypeScript runs (the project's own, unless told) */
export async function compile(projectDir: string, outDir: string, tscFrom = projectDir): Promise<{ diagnostics: Diagnostic[]; output: string }> {
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      // A browser-style consumer: fetch, Blob and URLSearchParams come from the DOM library, no Node types.
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: [],
    },
    include: ["generated/**/*.ts", "assertions.ts", "narrowing.ts", "probes/*.ts", "../consumer/*.ts"],
  };
  const config = join(outDir, "tsconfig.json");
  await writeFile(config, JSON.stringify(tsconfig, null, 2));
  const { code, output } = await exec(process.execPath, [tscOf(tscFrom), "-p", config, "--strict", "--noEmit", "--pretty", "false"], { cwd: projectDir });
  const diagnostics: Diagnostic[] = [];
  for (const match of output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)) {
    diagnostics.push({ file: relative(projectDir, resolve(projectDir, match[1]!)), line: Number(match[2]), code: match[3]!, message: match[4]! });
  }
  // An exit other than 0 (errors) or 2 (errors, files still checked) means tsc itself failed.
  if (code !== 0 && diagnostics.length === 0) throw new Error(`tsc failed without diagnostics (exit ${code}):\n${output}`);
  return { diagnostics, output };
}
