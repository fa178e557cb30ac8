/**
 * Benchmark (a script, not a test): per-call overhead of this client against raw fetch and bare
 * openapi-fetch on every Node this repo tests — the one running this script, and Node 22 and 24 from
 * the runtime matrix's npm `node` packages — each in its own run of bench/overhead.ts; then the
 * bundle-size table against the anchor SDKs, all measured by scripts/size.ts.
 *   pnpm bench [rounds]
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ANCHORS } from "../scripts/anchors.ts";
import { FULL_CLIENT, measure } from "../scripts/size.ts";
import type { OverheadResult } from "./overhead.ts";

const rounds = process.argv[2] ?? "4000";
/**
 * The `node` binary that runtime-tests/<runtime> installs from npm. Not a devDependency here: its
 * `.bin/node` would shadow the system Node for every script of this package.
 */
function matrixNode(runtime: string): string {
  const from = createRequire(new URL(`../../../runtime-tests/${runtime}/package.json`, import.meta.url));
  return join(dirname(from.resolve("node/package.json")), "bin", "node");
}
const nodes = [process.execPath, matrixNode("node-22"), matrixNode("node-24")];

const overhead = fileURLToPath(new URL("./overhead.ts", import.meta.url));
const results = nodes.map(
  (node) => JSON.parse(execFileSync(node, ["--import", "tsx", overhead, rounds], { encoding: "utf8" }).trim().split("\n").at(-1)!) as OverheadResult,
);

console.log(`\nPer-call time, GET /v1/user on a keep-alive loopback server (${rounds} interleaved rounds after 500 warm-up, per Node)\n`);
console.log("| Node | client | median (µs) | p90 (µs) | median vs raw fetch |");
console.log("| --- | --- | ---: | ---: | ---: |");
for (const { node, contenders } of results) {
  const raw = contenders[0]!.median;
  for (const { name, median, p90 } of contenders) {
    console.log(`| ${node} | ${name} | ${median.toFixed(0)} | ${p90.toFixed(0)} | ${(median / raw).toFixed(2)}× |`);
  }
}

console.log("\nBundle size: esbuild --bundle --minify (ESM, browser) + gzip -9 of the entry each user imports\n");
console.log("| package | entry | minified | min+gzip |");
console.log("| --- | --- | ---: | ---: |");
const kb = (n: number) => `${n.toLocaleString("en")} B`;
for (const { name, entry } of [{ name: "@videogenapi/sdk (full client)", entry: FULL_CLIENT }, ...ANCHORS]) {
  const size = await measure(entry);
  console.log(`| ${name} | \`${entry.trim()}\` | ${kb(size.minified)} | ${kb(size.gzip)} |`);
}
