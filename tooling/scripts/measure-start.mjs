#!/usr/bin/env node
/**
 * Measures the README's `npm start` as a new user meets it: in a fresh clone of this repository
 * (a temporary folder), the time from `npm start` to the first answer of the API, the warnings the
 * set-up printed, what is left running after Ctrl-C, and the same for a restart with nothing changed.
 *
 *   node tooling/scripts/measure-start.mjs            # clones HEAD of this checkout
 *
 * Plain Node: it runs with only Node and npm. The npm and pnpm package caches are whatever this
 * machine has (the README's figures are for a warm cache). Prints one line per run.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const devKey = "lt_dev_videogen_local";

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function answers(url) {
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${devKey}` } });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Processes of the group `npm start` leads (it is started detached, as a terminal would). */
function groupMembers(pgid) {
  const out = execFileSync("ps", ["-eo", "pgid=,pid=,args="], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.trim().split(/\s+/)[0] === String(pgid));
}

async function measure(clone, label) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start", "--", "--port", String(port)], { cwd: clone, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = started + 600_000;
  while (!(await answers(`http://127.0.0.1:${port}/v1/user`))) {
    if (child.exitCode !== null || performance.now() > deadline) throw new Error(`${label}: npm start did not answer\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  // Ctrl-C in a terminal signals the whole foreground process group.
  process.kill(-child.pid, "SIGINT");
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const left = groupMembers(child.pid);
  const warnings = output.split("\n").filter((line) => /\bWARN\b/.test(line));
  const installed = /\$ pnpm install/.test(output) ? "install ran" : "install skipped";
  console.log(
    `${label}: first answer after ${seconds.toFixed(1)} s (${installed}); ${warnings.length} warning line(s); ` +
      `${left.length} process(es) left after Ctrl-C`,
  );
  for (const line of [...warnings.slice(0, 5), ...left]) console.log(`  ${line.trim()}`);
  if (left.length > 0) process.kill(-child.pid, "SIGKILL");
}

const clone = mkdtempSync(join(tmpdir(), "videogen-start-"));
try {
  execFileSync("git", ["clone", "--quiet", repo, clone]);
  await measure(clone, "fresh clone");
  await measure(clone, "restart    ");
} finally {
  rmSync(clone, { recursive: true, force: true });
}
