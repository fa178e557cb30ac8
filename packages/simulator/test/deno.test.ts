/**
 * The core on Deno: `deno check` the adapter, start it with the `deno` binary of the npm package on
 * a free loopback port (packages come from node_modules, nothing is fetched), and drive the flow.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generateWaitDownload } from "./helpers/flow.ts";
import { packageDir, spawnListening, type SimulatorProcess } from "./helpers/simulator.ts";

// The native executable the npm package installs beside its Node launcher.
const deno = join(dirname(createRequire(import.meta.url).resolve("deno/package.json")), "deno");
const config = ["--config", "src/adapter/deno/deno.json"];
const main = "src/adapter/deno/main.ts";
const denoDir = mkdtempSync(join(tmpdir(), "sim-deno-"));
const env = { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", VIDEOGEN_SIM_PORT: "0", VIDEOGEN_SIM_SPEED: "2000" };
let server: SimulatorProcess;

beforeAll(async () => {
  // Narrow permissions: loopback only, and only the adapter's own environment variables.
  const permissions = ["--allow-net=127.0.0.1", "--allow-env=VIDEOGEN_SIM_HOST,VIDEOGEN_SIM_PORT,VIDEOGEN_SIM_SPEED"];
  server = await spawnListening(deno, ["run", ...config, ...permissions, main], { cwd: packageDir, env });
});

afterAll(async () => {
  await server?.stop();
  rmSync(denoDir, { recursive: true, force: true });
});

test("deno check accepts the adapter and the core it imports", () => {
  const output = execFileSync(deno, ["check", ...config, main], { cwd: packageDir, env: { ...process.env, ...env }, encoding: "utf8", stdio: "pipe" });
  expect(output).not.toMatch(/error/i);
});

test("Deno.serve: generate → status → video", async () => {
  const { seen, headers } = await generateWaitDownload(server.url);
  expect(seen.at(-1)).toBe("completed");
  // No processes on this adapter: the placeholder clip, and it says so.
  expect(headers.get("x-simulator-video")).toBe("placeholder");
  expect(server.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
});
