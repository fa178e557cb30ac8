/**
 * The packed CLI, installed with npm from its tarball (and the packed SDK it depends on) into a
 * fresh project, run with `npx videogen` on Node 20, 22 and 24 against the simulator: the README's
 * one-liner must write the MP4 of exactly one new, completed generation.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertReadmeShows, cleanEnv, exec, listGenerations, packSdk, startSimulator, toolBinary, verifyVideo } from "@videogenapi/runtime-test-harness";
import { afterAll, beforeAll, expect, test } from "vitest";
import { packCli } from "./pack-cli.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
// The system's Node 20 runs this test; node@22 and node@24 are the binaries the node-22 and node-24 runtimes install.
const nodes = [
  ["20", process.execPath],
  ["22", toolBinary("node", join(here, "..", "node-22"))],
  ["24", toolBinary("node", join(here, "..", "node-24"))],
];

let project;
let sim;

beforeAll(async () => {
  const [sdk, cli] = await Promise.all([packSdk(), packCli()]);
  project = await mkdtemp(join(tmpdir(), "videogen-cli-npx-"));
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "videogen-cli-example", private: true }, null, 2));
  await copyFile(join(here, "example.sh"), join(project, "example.sh"));
  // Both tarballs in one install: the CLI's dependency on @videogenapi/sdk is met by the packed SDK, not a registry.
  await exec("npm", ["install", sdk, cli, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project, env: cleanEnv() });
  await rm(dirname(cli), { recursive: true, force: true });
  sim = await startSimulator();
}, 180_000);

afterAll(async () => {
  await sim?.stop();
  if (project) await rm(project, { recursive: true, force: true });
});

/** The environment of one run: that Node first on PATH, and no node_modules/.bin of the workspace (so only the project's videogen exists). */
function envFor(node) {
  const path = [dirname(node), ...(process.env.PATH ?? "").split(delimiter).filter((p) => p && !p.includes("node_modules"))].join(delimiter);
  return cleanEnv({ PATH: path, VIDEOGEN_API_KEY: sim.apiKey, VIDEOGEN_BASE_URL: sim.baseUrl });
}

test("README shows example.sh verbatim", async () => {
  await assertReadmeShows(join(here, "README.md"), join(here, "example.sh"));
});

test.each(nodes)("Node %s: npx videogen generate --wait --out from the packed tarball", async (major, node) => {
  const env = envFor(node);
  // `node` on this PATH, which the bin's `#!/usr/bin/env node` runs, is the Node under test.
  expect(await exec("node", ["--version"], { env })).toMatch(new RegExp(`^v${major}\\.`));
  expect(existsSync(join(project, "node_modules", ".bin", "videogen"))).toBe(true);

  const before = new Set((await listGenerations(sim)).map((g) => g.generation_id));
  await rm(join(project, "cat.mp4"), { force: true });
  const output = await exec("sh", ["example.sh"], { cwd: project, env });
  const { version } = JSON.parse(await readFile(join(project, "node_modules", "@videogenapi", "cli", "package.json"), "utf8"));
  expect(output).toContain(`${version}\n`);
  expect(output).toMatch(/^Completed gen_\S+ in \d+ s: http:\/\/127\.0\.0\.1:\d+\/v1\/video\/gen_\S+$/m);
  expect(output).toContain(`Saved ${join(project, "cat.mp4")} (`);
  const { bytes } = await verifyVideo(sim, before, await readFile(join(project, "cat.mp4")));
  console.log(`PASS cli on Node ${major}: npx videogen generate --wait --out, ${bytes} bytes of MP4`);
});
