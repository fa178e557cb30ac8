#!/usr/bin/env node
/**
 * The README's two commands, runnable on a fresh clone with only Node 20 and npm:
 *   npm start   installs what is missing, builds, and starts the local VideoGen API (simulator + docs)
 *   npm test    installs what is missing and runs every check and test, as CI does
 * and every other root script (`npm run mock`, `npm run docs:build` …), each with only Node and npm.
 * Plain Node on purpose: nothing is installed when it starts. pnpm comes from the version pinned in
 * package.json's `packageManager`, installed into .tools/ when no matching pnpm is on PATH.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { installedScopes, recordInstall } from "./bootstrap/install-state.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.replace(/^pnpm@/, "");
const toolsBin = join(root, ".tools", "node_modules", ".bin");

const env = {
  ...process.env,
  PATH: `${toolsBin}${delimiter}${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  DO_NOT_TRACK: "1",
};

function run(command, args, { allowFailure = false } = {}) {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (allowFailure) return result.status ?? 1;
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function pnpmVersion() {
  const result = spawnSync("pnpm", ["--version"], { env, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The pnpm that an earlier run put in .tools/, read from its package.json (faster than running it). */
function toolsPnpmVersion() {
  try {
    return JSON.parse(readFileSync(join(root, ".tools", "node_modules", "pnpm", "package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
}

function ensurePnpm() {
  if (toolsPnpmVersion() === pinned || pnpmVersion() === pinned) return;
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", join(root, ".tools"), `pnpm@${pinned}`]);
  if (pnpmVersion() !== pinned) {
    console.error(`Could not get pnpm ${pinned}; install it with: npm i -g pnpm@${pinned}`);
    process.exit(1);
  }
}

/** What `npm start` needs installed: the root (turbo), the simulator, the docs and what they build from. */
const START_PACKAGES = ["videogenapi", "@videogenapi/spec", "@videogenapi/tooling", "@videogenapi/simulator", "@videogenapi/docs"];

/** Installs the workspace (`all`) or only what `npm start` needs, unless nothing changed since. */
function install(scope = "all") {
  ensurePnpm();
  const done = installedScopes(root);
  if (done.includes("all") || done.includes(scope)) return console.log("\n✔ dependencies are up to date (lockfile and package.json files unchanged)");
  const filters = scope === "all" ? [] : START_PACKAGES.map((name) => `--filter=${name}`);
  run("pnpm", ["install", "--frozen-lockfile", ...filters]);
  recordInstall(root, scope);
}

const turbo = join(root, "node_modules", ".bin", "turbo");
const tooling = (script) => ["pnpm", "--filter", "@videogenapi/tooling", "run", script];

/**
 * The README's other commands (`npm run <name>`), as the steps they run: each works with only Node
 * and npm, because this file puts pnpm on PATH and installs first. Arguments after `--` go to the
 * last step. `scope` is what must be installed (`start`: only what the simulator and docs need).
 */
const scripts = {
  build: { steps: [[turbo, "run", "build"]] },
  lint: { steps: [[turbo, "run", "lint"]] },
  typecheck: { steps: [[turbo, "run", "typecheck"]] },
  generate: { steps: [[turbo, "run", "generate"]] },
  "check:generated": { steps: [[turbo, "run", "generate"], tooling("check:generated")] },
  "check:breaking": { steps: [[turbo, "run", "build", "--filter=@videogenapi/spec", "--output-logs=errors-only"], tooling("check:breaking")] },
  "release:version": { steps: [[turbo, "run", "build", "--filter=@videogenapi/spec", "--output-logs=errors-only"], tooling("release:version")] },
  "release:publish": { steps: [tooling("release:publish")] },
  "release:rehearse": { steps: [tooling("release:rehearse")] },
  changeset: { steps: [[join(root, "node_modules", ".bin", "changeset")]] },
  "report:owasp": { steps: [[turbo, "run", "build", "--filter=@videogenapi/spec", "--output-logs=errors-only"], ["pnpm", "--filter", "@videogenapi/spec", "run", "report:owasp"]] },
  mock: { scope: "start", steps: [[turbo, "run", "build", "--filter=@videogenapi/spec"], tooling("mock")] },
  "docs:build": { scope: "start", steps: [[turbo, "run", "build", "--filter=@videogenapi/docs"]] },
  "start:workers": { scope: "start", steps: [["pnpm", "--filter", "@videogenapi/simulator", "run", "start:workers"]] },
};

/** Runs a script's steps in order; returns the first failing exit code (0 when all pass). */
function runScript(name, extraArgs = [], { allowFailure = false } = {}) {
  const { steps } = scripts[name];
  for (const [index, [command, ...args]] of steps.entries()) {
    const status = run(command, index === steps.length - 1 ? [...args, ...extraArgs] : args, { allowFailure });
    if (status) return status;
  }
  return 0;
}

const commands = {
  test() {
    install();
    run(turbo, ["run", "build", "--filter=@videogenapi/spec"]);
    runScript("check:generated");
    // The contract against the last release: every API change classified, changesets held to it.
    const breaking = runScript("check:breaking", [], { allowFailure: true });
    // Lint and type checks two at a time (they only read files); tests one package at a time, since
    // several watch lifecycle windows of a few hundred milliseconds on a 2-core machine.
    const checks = run(turbo, ["run", "lint", "typecheck", "--continue", "--concurrency=2"], { allowFailure: true });
    const tests = run(turbo, ["run", "test", "--continue", "--concurrency=1"], { allowFailure: true });
    const status = checks || tests;
    // A release on a copy of the repository: changeset version, npm publish --dry-run, the new baseline.
    const rehearsal = runScript("release:rehearse", [], { allowFailure: true });
    run("node", [join(root, "tooling", "scripts", "test-summary.mjs")], { allowFailure: true });
    if (breaking) console.error("✖ check:breaking failed: see its report above.");
    if (rehearsal) console.error("✖ release:rehearse failed: see its report above.");
    process.exit(status || breaking || rehearsal);
  },
  start() {
    install("start");
    // turbo itself rather than through pnpm: a second or two less on every start; it finds pnpm on PATH.
    run(turbo, ["run", "build", "--filter=@videogenapi/simulator", "--filter=@videogenapi/docs"]);
    // The simulator on 127.0.0.1:4010, with the docs site at /docs/. Started directly (no pnpm in
    // between) and told of every signal this process gets, so Ctrl-C or a kill stops it too.
    const simulator = spawn(
      process.execPath,
      [join(root, "packages/simulator/dist/bin.js"), "--docs-dir", join(root, "apps/docs/dist"), ...process.argv.slice(3)],
      { cwd: root, env, stdio: "inherit" },
    );
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => simulator.kill(signal));
    simulator.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  },
};

const name = process.argv[2];
if (name in commands) {
  commands[name]();
} else if (name in scripts) {
  install(scripts[name].scope);
  process.exit(runScript(name, process.argv.slice(3)));
} else {
  console.error(`usage: node tooling/bootstrap.mjs <${[...Object.keys(commands), ...Object.keys(scripts)].join("|")}> [args]`);
  process.exit(2);
}
