/**
 * `wrangler deploy --dry-run`: wrangler.toml's custom build, the Durable Object binding and the
 * SQLite migration resolve without an account or a network, and the script it would upload runs
 * team mode in workerd.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, test } from "vitest";
import { call, DEV_KEY, packageDir } from "./helpers/simulator.ts";
import { startTeamWorkerd } from "./helpers/team-workerd.ts";

const dir = mkdtempSync(join(tmpdir(), "sim-deploy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("wrangler deploy --dry-run bundles team mode, and that bundle serves", async () => {
  const wrangler = join(packageDir, "node_modules", ".bin", "wrangler");
  const { stdout } = await promisify(execFile)(wrangler, ["deploy", "--dry-run", "--outdir", join(dir, "out")], {
    cwd: packageDir,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_API_TOKEN: "" },
  });
  expect(stdout).toMatch(/env\.SIMULATOR \(SimulatorObject\)\s+Durable Object/);
  expect(stdout).toContain("--dry-run: exiting now.");

  const uploaded = readFileSync(join(dir, "out", "team-worker.js"), "utf8");
  const team = await startTeamWorkerd(join(dir, "state"), {}, uploaded);
  try {
    const user = await call(team.url, "/v1/user", { key: DEV_KEY });
    expect(user.status).toBe(200);
    expect(user.body.usage).toMatchObject({ monthly_limit: 100 });
  } finally {
    await team.stop();
  }
});
