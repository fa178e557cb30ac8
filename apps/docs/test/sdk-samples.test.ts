/**
 * Every SDK sample under spec/code_samples/node runs with Node against the local simulator, with
 * only the key and base URL changed, through the SDK as users install it (the workspace package's
 * built exports). Every operation of the contract must carry one.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { codeSamplesDir } from "@videogenapi/tooling/paths";
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const nodeDir = join(codeSamplesDir, "node");
const samples = readdirSync(nodeDir).filter((f) => f.endsWith(".mjs")).sort();
const spec = JSON.parse(readFileSync(new URL("../dist/openapi.json", import.meta.url), "utf8"));
// Inside this package, so `@videogenapi/sdk` resolves as it does for an app that installed it.
const runDir = fileURLToPath(new URL("../.sample-runs/", import.meta.url));
const placeholder = 'new VideoGen({ apiKey: "YOUR_API_KEY" })';

let server: RunningSimulator;
beforeAll(async () => {
  rmSync(runDir, { recursive: true, force: true });
  server = await startSimulator(["--speed", "2000"]);
});
afterAll(async () => {
  await server?.stop();
  rmSync(runDir, { recursive: true, force: true });
});

describe("Node SDK samples", () => {
  it("exist for every operation", () => {
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      for (const method of ["get", "post", "head"].filter((m) => item[m])) {
        const labels = (item[method]["x-codeSamples"] ?? []).map((s: any) => s.label);
        expect(labels, `${method.toUpperCase()} ${path}`).toContain("Node.js");
      }
    }
  });

  it.each(samples)("%s runs against the local simulator", async (file) => {
    const source = readFileSync(join(nodeDir, file), "utf8");
    expect(source, "samples construct the client the documented way").toContain(placeholder);
    const local = source.replace(placeholder, `new VideoGen({ apiKey: ${JSON.stringify(server.key)}, baseUrl: ${JSON.stringify(server.url)} })`);
    const dir = join(runDir, file.replace(/\.mjs$/, ""));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), local);
    const { stdout, stderr } = await run(process.execPath, [file], { cwd: dir, timeout: 60_000 });
    expect(stderr).toBe("");
    expect(stdout.trim().length, "a sample shows its result").toBeGreaterThan(0);
    expect(stdout).not.toContain(server.key);
  });
});
