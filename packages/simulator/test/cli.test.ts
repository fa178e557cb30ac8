/** The `videogen-simulator` command: banner, help, flag and environment handling. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { call, DEV_KEY, packageDir, startSimulator } from "./helpers/simulator.ts";

const bin = fileURLToPath(new URL("../src/adapter/node/bin.ts", import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", bin, ...args], { cwd: packageDir, encoding: "utf8" });

it("the start banner prints the base URL, the development key and a curl command that works", async () => {
  const sim = await startSimulator();
  try {
    const banner = sim.output();
    expect(banner).toContain(`listening on ${sim.url}`);
    expect(banner).toContain(`Development key: ${DEV_KEY}`);
    const curl = banner.slice(banner.indexOf("curl -s -X POST"));
    expect(curl).toContain(`${sim.url}/v1/generate`);
    expect(curl).toContain(`Authorization: Bearer ${DEV_KEY}`);
    const body = JSON.parse(/-d '([^']+)'/.exec(curl)![1]!);
    const answer = await call(sim.url, "/v1/generate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(answer.status).toBe(200);
  } finally {
    await sim.stop();
  }
});

it("--help lists every flag; --version prints the version", () => {
  const help = run(["--help"]);
  expect(help.status).toBe(0);
  for (const flag of ["--port", "--speed", "--workers", "--data-dir", "--key", "--keys-file", "--failure-rate", "--fault-error-rate", "--public-url"]) {
    expect(help.stdout).toContain(flag);
  }
  expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
});

it.each([
  [["--speed", "fast"]],
  [["--workers", "0"]],
  [["--port", "70000"]],
  [["--failure-rate", "2"]],
  [["--failure-code", "gremlins"]],
  [["--public-url", "ftp://x"]],
  [["--no-such-flag"]],
])("rejects %j with exit code 2 or 1 and a message, not a stack trace", (args) => {
  // --port 0 so that a flag wrongly accepted cannot collide with a running server.
  const result = run(args.includes("--port") ? args : [...args, "--port", "0"]);
  expect([1, 2]).toContain(result.status);
  expect(result.stderr).toMatch(/videogen-simulator: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

it("keys come from --key, VIDEOGEN_SIM_KEYS and --keys-file; --disable-dev-key turns the dev key off; the keys are never printed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sim-keys-"));
  const file = join(dir, "keys.json");
  writeFileSync(file, JSON.stringify([{ key: "lt_from_file", monthly_limit: 7, user: { name: "File User", email: "file@example.com" } }]));
  const sim = await startSimulator(["--disable-dev-key", "--key", "lt_from_flag:5", "--keys-file", file], { VIDEOGEN_SIM_KEYS: "lt_from_env:6" });
  try {
    expect((await call(sim.url, "/v1/user")).status).toBe(401);
    expect((await call(sim.url, "/v1/user", { key: "lt_from_flag" })).body.usage.monthly_limit).toBe(5);
    expect((await call(sim.url, "/v1/user", { key: "lt_from_env" })).body.usage.monthly_limit).toBe(6);
    const fromFile = await call(sim.url, "/v1/user", { key: "lt_from_file" });
    expect(fromFile.body.usage.monthly_limit).toBe(7);
    expect(fromFile.body.user.name).toBe("File User");
    expect(sim.output()).not.toMatch(/lt_from_(flag|env|file)/);
  } finally {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

it("environment variables set options (VIDEOGEN_SIM_SPEED, VIDEOGEN_SIM_MONTHLY_LIMIT); flags win", async () => {
  const sim = await startSimulator(["--monthly-limit", "9"], { VIDEOGEN_SIM_SPEED: "77", VIDEOGEN_SIM_MONTHLY_LIMIT: "3" });
  try {
    expect(sim.output()).toContain("Speed ×77");
    expect((await call(sim.url, "/v1/user")).body.usage.monthly_limit).toBe(9);
  } finally {
    await sim.stop();
  }
});

it("--docs-dir serves a built docs site at /docs, and nothing outside it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sim-docs-"));
  writeFileSync(join(dir, "index.html"), "<h1>VideoGen API docs</h1>");
  const sim = await startSimulator(["--docs-dir", dir]);
  try {
    expect(sim.output()).toContain(`Docs: ${sim.url}/docs/`);
    const page = await fetch(`${sim.url}/docs/`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("VideoGen API docs");
    expect((await fetch(`${sim.url}/docs`, { redirect: "manual" })).status).toBe(308);
    const escape = await call(sim.url, "/docs/..%2f..%2f..%2fetc%2fpasswd", { key: null });
    expect(escape.status).toBe(404);
    expect(escape.body.error.code).toBe("not_found");
  } finally {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
