/**
 * Every cURL sample under spec/code_samples/curl runs, as a user would paste it, against the local
 * simulator — with only the base URL and the API key changed — and must succeed. Every operation
 * of the contract must carry a cURL sample.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { codeSamplesDir } from "@videogenapi/tooling/paths";
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const productionUrl = "https://videogenapi.com/api";
const curlDir = join(codeSamplesDir, "curl");
const samples = readdirSync(curlDir).filter((f) => f.endsWith(".sh")).sort();
const spec = JSON.parse(readFileSync(new URL("../dist/openapi.json", import.meta.url), "utf8"));

let server: RunningSimulator;
beforeAll(async () => {
  server = await startSimulator(["--speed", "2000"]);
});
afterAll(() => server?.stop());

/** The sample with the production URL and placeholder key swapped for the local ones. */
function localise(source: string): string {
  expect(source, "samples must use the production URL so users can paste them").toContain(productionUrl);
  return source.replaceAll(productionUrl, server.url).replaceAll("YOUR_API_KEY", server.key);
}

describe("cURL samples", () => {
  it("exist for every operation", () => {
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      for (const method of ["get", "post", "head"].filter((m) => item[m])) {
        const langs = (item[method]["x-codeSamples"] ?? []).map((s: any) => s.lang);
        expect(langs, `${method.toUpperCase()} ${path}`).toContain("curl");
      }
    }
  });

  it.each(samples)("%s runs against the local server", async (file) => {
    const script = localise(readFileSync(join(curlDir, file), "utf8"));
    const cwd = mkdtempSync(join(tmpdir(), "videogen-sample-"));
    // -w appends the status so JSON and HEAD samples are judged the same way.
    const { stdout } = await run("bash", ["-euo", "pipefail", "-c", script.replace(/^curl /m, "curl -sS -w '\\n%{http_code}\\n' ")], { cwd });
    const status = Number(stdout.trim().split("\n").at(-1));
    expect(status, stdout).toBeGreaterThanOrEqual(200);
    expect(status, stdout).toBeLessThan(300);
    const body = stdout.trim().split("\n").slice(0, -1).join("\n");
    if (body.startsWith("{")) expect(JSON.parse(body)).toMatchObject({ success: true });
  });
});
