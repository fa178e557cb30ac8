/**
 * Runs a recipe from examples/ as its own process, as the README says (`tsx file.ts` with
 * VIDEOGEN_API_KEY and VIDEOGEN_BASE_URL set), in a fresh directory for the files it writes.
 * `@videogenapi/sdk` resolves to this package's source (examples/tsconfig.json), so the recipes
 * test the code in this commit, not a build.
 */
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const examplesDir = fileURLToPath(new URL("../../examples/", import.meta.url));
/** tsx's loader, imported into the recipe's own Node process (its CLI would start a second one). */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;

export interface RecipeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The directory it ran in. */
  cwd: string;
}

export interface RecipeOptions {
  apiKey: string;
  baseUrl: string;
  /** Called with each chunk of stdout as it arrives, with the child, e.g. to send it SIGINT. */
  onStdout?: (stdoutSoFar: string, child: ReturnType<typeof spawn>) => void;
}

/** The environment of the test process minus any VIDEOGEN_* variable, plus the given ones. */
export function cleanEnv(vars: Record<string, string>): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VIDEOGEN_"))) as Record<string, string>;
  return { ...env, ...vars };
}

export async function runRecipe(file: string, { apiKey, baseUrl, onStdout }: RecipeOptions): Promise<RecipeRun> {
  const cwd = await mkdtemp(join(tmpdir(), "videogen-recipe-"));
  const child = spawn(process.execPath, ["--import", tsx, join(examplesDir, file)], {
    cwd,
    env: cleanEnv({ VIDEOGEN_API_KEY: apiKey, VIDEOGEN_BASE_URL: baseUrl, TSX_TSCONFIG_PATH: join(examplesDir, "tsconfig.json") }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk;
    onStdout?.(stdout, child);
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once("close", (c, s) => resolve([c, s])));
  return { code, signal, stdout, stderr, cwd };
}
