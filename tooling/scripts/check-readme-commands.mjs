#!/usr/bin/env node
/**
 * The README promises that every command it shows works with only Node and npm. This checks it:
 * each `npm run <name>` / `npm start` / `npm test` in README.md must be a root script, and the ones
 * that finish on their own (or serve, like `npm run mock`) are run with a PATH that holds only
 * Node's folder and the system's /usr/bin:/bin — no pnpm, no turbo, no .tools — as on a machine
 * that has nothing else. CI runs it after `npm test`.
 *
 *   node tooling/scripts/check-readme-commands.mjs
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
const npmOnlyEnv = { HOME: process.env.HOME, PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, CI: process.env.CI ?? "" };

// Commands the README shows, with the arguments it shows after `--`.
const shown = [...readme.matchAll(/npm (start|test|run ([\w:-]+))( -- [^`\n]*)?/g)].map((m) => ({
  name: m[2] ?? m[1],
  text: m[0],
}));
const missing = shown.filter(({ name }) => !(name in scripts));
if (missing.length > 0) {
  console.error(`✖ README shows commands package.json does not have: ${missing.map((m) => m.text).join(", ")}`);
  process.exit(1);
}
const pnpmOnPath = spawnSync("sh", ["-c", "command -v pnpm"], { env: npmOnlyEnv }).status === 0;
if (pnpmOnPath) {
  console.error("✖ pnpm is on the stripped PATH; this check would prove nothing");
  process.exit(1);
}

/** Runs `npm run <name>` to the end and returns its exit code. */
function finish(name, args = []) {
  console.log(`\n$ npm run ${name}${args.length ? ` -- ${args.join(" ")}` : ""}   (PATH=${npmOnlyEnv.PATH})`);
  return spawnSync("npm", ["run", name, ...(args.length ? ["--", ...args] : [])], { cwd: root, env: npmOnlyEnv, stdio: "inherit" }).status;
}

/** Starts a serving command, waits for `url` to answer 200, then stops its whole process group. */
async function serve(name, url, headers, args = []) {
  const shownArgs = args.length ? ` -- ${args.join(" ")}` : "";
  console.log(`\n$ npm run ${name}${shownArgs}   (PATH=${npmOnlyEnv.PATH}), until ${url} answers`);
  const child = spawn("npm", ["run", name, ...(args.length ? ["--", ...args] : [])], { cwd: root, env: npmOnlyEnv, stdio: "inherit", detached: true });
  try {
    for (const deadline = Date.now() + 180_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      if (child.exitCode !== null) return child.exitCode || 1;
      const status = await fetch(url, { headers }).then((r) => r.status, () => 0);
      if (status === 200) return 0;
    }
    return 1;
  } finally {
    process.kill(-child.pid, "SIGINT");
  }
}

const results = [];
// `npm test` has just run check:generated (and generate) through the same bootstrap steps, on the
// same npm-only PATH in CI; they are not run twice.
for (const name of ["docs:build", "check:breaking", "report:owasp"]) {
  results.push([name, finish(name)]);
}
// Prism on its README port; nothing else may be listening there while this runs.
results.push(["mock", await serve("mock", "http://127.0.0.1:4010/v1/user", { authorization: "Bearer lt_readme_check" })]);
// Team mode on workerd, on the port the README shows, answering the development key.
results.push(["start:workers", await serve("start:workers", "http://127.0.0.1:8787/v1/user", { authorization: "Bearer lt_dev_videogen_local" }, ["--port", "8787"])]);

for (const [name, status] of results) console.log(`${status === 0 ? "✔" : "✖"} npm run ${name}${status === 0 ? "" : ` (exit ${status})`}`);
const untested = [...new Set(shown.map((s) => s.name))].filter((name) => !results.some(([tested]) => tested === name));
console.log(`Shown in the README and only checked to exist here: ${untested.join(", ")} (start and test run in CI itself; npm test runs check:generated and generate and rehearses the release scripts).`);
process.exit(results.some(([, status]) => status !== 0) ? 1 : 0);
