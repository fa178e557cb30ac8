/**
 * Dredd 14 runs every transaction of the bundled spec (one per operation and documented status)
 * against the simulator, with hooks.cjs turning each into a request that really causes that status.
 * Passes when Dredd reports no failure or error, at least 30 transactions ran, and each skipped
 * one was skipped by the hooks with a logged reason.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bin, exec, specJson, specYaml, startSimulator, type RunningSimulator } from "@videogenapi/contract-test-harness";
import { afterAll, beforeAll, expect, test } from "vitest";

const projectDir = fileURLToPath(new URL(".", import.meta.url));
const LIMITED_KEY = "lt_dredd_one_request_per_hour";

let sim: RunningSimulator;
let keysDir: string;
let output: string;
let exitCode: number | null;

beforeAll(async () => {
  keysDir = await mkdtemp(join(tmpdir(), "dredd-keys-"));
  const keysFile = join(keysDir, "keys.json");
  await writeFile(keysFile, JSON.stringify([{ key: LIMITED_KEY, rate_limit: { requests: 1, window_seconds: 3600 } }]));
  sim = await startSimulator(["--host", "127.0.0.1", "--speed", "200", "--rate-limit", "0", "--keys-file", keysFile]);
  const env = { ...process.env, VIDEOGEN_BASE_URL: sim.url, VIDEOGEN_API_KEY: sim.key, VIDEOGEN_LIMITED_KEY: LIMITED_KEY, VIDEOGEN_SPEC: specJson };
  ({ code: exitCode, output } = await exec(bin(projectDir, "dredd"), [specYaml, sim.url, "--hookfiles", "hooks.cjs", "--no-color", "--loglevel", "warning"], { cwd: projectDir, env }));
  console.log(output.split("\n").filter((l) => /^(fail|error|SKIP|complete):/.test(l) || l.startsWith("SKIP ")).join("\n"));
});

afterAll(async () => {
  await sim?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
});

function summary() {
  const line = /^complete: (\d+) passing, (\d+) failing, (\d+) errors, (\d+) skipped, (\d+) total$/m.exec(output);
  if (!line) throw new Error(`Dredd printed no summary:\n${output}`);
  const [passing, failing, errors, skipped, total] = line.slice(1).map(Number) as [number, number, number, number, number];
  return { passing, failing, errors, skipped, total };
}

test("Dredd: no failing transaction, no error, exit 0", () => {
  const failures = output.split("\n").filter((l) => /^(fail|error): /.test(l)).join("\n");
  expect({ ...summary(), exitCode }, failures).toMatchObject({ failing: 0, errors: 0, exitCode: 0 });
});

test("Dredd: at least 30 transactions ran, and all of them passed", () => {
  const { passing, skipped, total } = summary();
  expect(passing).toBeGreaterThanOrEqual(30);
  expect(passing + skipped).toBe(total);
});

test("every skipped transaction was skipped by the hooks, with its reason", () => {
  const skippedByDredd = [...output.matchAll(/^skip: (.+)$/gm)].length;
  const reasons = [...output.matchAll(/^SKIP (.+?): (.+)$/gm)];
  expect(reasons.every(([, , why]) => why!.length > 20)).toBe(true);
  expect(reasons.length).toBe(skippedByDredd);
  expect(reasons.length).toBe(summary().skipped);
});
