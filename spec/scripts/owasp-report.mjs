/**
 * Runs the OWASP API security ruleset on the bundled spec and prints its findings per rule, split
 * into request inputs and the rest. A report, not a gate: DECISIONS.md says which findings the
 * contract answers. Exits non-zero only when an input (request body, parameter) is unbounded.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const spec = JSON.parse(readFileSync("dist/openapi.json", "utf8"));
const at = (path) => path.reduce((node, key) => node?.[key], spec);
// OWASP's limit rules ignore `enum`, which bounds a value as tightly as min/max do.
const enumerated = (path) => Array.isArray(at(path)?.enum) || at(path)?.const !== undefined;
const limitRules = new Set(["owasp:api4:2023-string-limit", "owasp:api4:2023-integer-limit"]);

let output;
try {
  output = execFileSync("spectral", ["lint", "dist/openapi.yaml", "--ruleset", ".spectral-owasp.yaml", "-f", "json", "--quiet"], { encoding: "utf8" });
} catch (error) {
  output = error.stdout; // spectral exits non-zero when it finds anything
}
const findings = JSON.parse(output);
const isInput = (f) => /requestBody|parameters|Request$|Request\.|Prompt|ImageUrl|AudioPrompt|Seed|AspectRatio/.test(f.path.join("."));
const byRule = new Map();
for (const f of findings) {
  const entry = byRule.get(f.code) ?? { inputs: [], others: 0 };
  if (limitRules.has(f.code) && isInput(f) && !enumerated(f.path)) entry.inputs.push(f.path.join("."));
  else entry.others += 1;
  byRule.set(f.code, entry);
}
for (const [rule, { inputs, others }] of [...byRule].sort()) {
  console.log(`${rule}: ${inputs.length + others} finding(s)${inputs.length ? ` — unbounded inputs: ${inputs.join(", ")}` : ""}`);
}
const unbounded = [...byRule.values()].flatMap((e) => e.inputs);
console.log(`${findings.length} OWASP findings; ${unbounded.length} on unbounded request inputs.`);
process.exit(unbounded.length ? 1 : 0);
