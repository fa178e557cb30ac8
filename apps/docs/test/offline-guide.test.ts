/**
 * The "Offline development" guide covers the simulator as it is: every option of the built
 * `videogen-simulator --help` with its environment variable, every directive and status of the
 * fault header (read from the simulator's fault config), every failure code, and the
 * simulator-only routes and settings a running simulator answers.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { FAULT_DIRECTIVES, FAULT_HEADER, INJECTABLE_STATUSES } from "@videogenapi/simulator";
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const guide = readFileSync(new URL("../pages/offline.md", import.meta.url), "utf8");
const spec = JSON.parse(readFileSync(require.resolve("@videogenapi/spec/openapi.json"), "utf8"));

/** The `videogen-simulator` command as installed: the package's bin. */
async function helpText(): Promise<string> {
  const packageJson = require.resolve("@videogenapi/simulator/package.json");
  const bin = JSON.parse(readFileSync(packageJson, "utf8")).bin["videogen-simulator"];
  const { stdout } = await promisify(execFile)(process.execPath, [join(dirname(packageJson), bin), "--help"]);
  return stdout;
}

/** The guide's table row for a flag: `| `--flag …` | `VARIABLE` | … |`, as [flag cell, variable cell]. */
function row(flag: string): [string, string] | undefined {
  const line = guide.split("\n").find((l) => l.startsWith("| ") && new RegExp(`\`--${flag}( <value>)?\``).test(l.split(" | ")[0]!));
  if (!line) return undefined;
  const [flagCell, variableCell] = line.slice(2).split(" | ");
  return [flagCell!, variableCell!];
}

describe("every option of --help", async () => {
  const help = await helpText();
  // Option rows start with "  -x, --name" or "      --name".
  const flags = [...help.matchAll(/^ {2}(?:-\w, | {4})--([a-z0-9-]+)/gm)].map((m) => m[1]!);
  // The variables the help names besides the VIDEOGEN_SIM_<OPTION> rule (VIDEOGEN_SIM_KEYS).
  const named = [...new Set(help.match(/VIDEOGEN_SIM_[A-Z0-9_]+/g))];

  it("the help lists the options (the parse found them)", () => {
    expect(flags.length).toBeGreaterThan(25);
    expect(flags).toContain("speed");
  });

  it.each(flags)("--%s has a row with its environment variable", (flag) => {
    const found = row(flag);
    expect(found, `no row for --${flag} in pages/offline.md`).toBeDefined();
    const variable = found![1].replace(/`/g, "");
    // The help's rule: VIDEOGEN_SIM_<OPTION>, upper case with _ for -. --help and --version set
    // nothing (no variable); --key's variable is one the help names (VIDEOGEN_SIM_KEYS).
    const ruled = `VIDEOGEN_SIM_${flag.toUpperCase().replace(/-/g, "_")}`;
    if (flag === "help" || flag === "version") expect(variable).toBe("—");
    else expect([ruled, ...named]).toContain(variable);
    const short = new RegExp(`^ {2}-(\\w), --${flag}\\b`, "m").exec(help)?.[1];
    if (short) expect(found![0]).toContain(`\`-${short}\``);
  });

  it("every variable the help names is in the guide", () => {
    for (const variable of named) expect(guide).toContain(variable);
  });
});

describe("every fault and failure", () => {
  it("the fault header, each directive in its table and each injectable status", () => {
    expect(guide).toContain(`\`${FAULT_HEADER}\``);
    const directives = Object.keys(FAULT_DIRECTIVES);
    expect(directives.length).toBeGreaterThan(5);
    for (const directive of directives) expect(guide, `directive ${directive}`).toMatch(new RegExp(`^\\| \`${directive}(=|\`)`, "m"));
    const statusRow = guide.split("\n").find((l) => l.startsWith("| `status="))!;
    for (const status of INJECTABLE_STATUSES) expect(statusRow, `status ${status}`).toContain(String(status));
  });

  it("each failure code of the contract, for the [fail:<code>] prompt marker", () => {
    expect(guide).toContain("[fail:<code>]");
    for (const code of spec.components.schemas.FailureCode.enum) expect(guide).toContain(`\`${code}\``);
  });
});

describe("simulator-only routes, as a running simulator answers them", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim?.stop());

  it("GET / redirects where the guide says", async () => {
    const root = await fetch(`${sim.url}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(guide).toMatch(new RegExp(`\\| \`GET /\` \\| Redirects \\(\`302\`\\).*\`${root.headers.get("location")}\``));
  });

  it("the dashboard, the settings (every field) and the usage reset", async () => {
    const auth = { authorization: `Bearer ${sim.key}` };
    expect((await fetch(`${sim.url}/dashboard`)).status).toBe(200);
    const settings = await (await fetch(`${sim.url}/_simulator/settings`, { headers: auth })).json();
    for (const field of Object.keys(settings)) expect(guide, `setting ${field}`).toContain(`\`${field}\``);
    const reset = await fetch(`${sim.url}/_simulator/usage/reset`, { method: "POST", headers: auth });
    expect(await reset.json()).toMatchObject({ current_month_usage: 0 });
    for (const route of ["GET /dashboard", "GET /_simulator/settings", "PUT /_simulator/settings", "POST /_simulator/usage/reset"]) {
      expect(guide).toContain(`| \`${route}\` |`);
    }
  });
});
