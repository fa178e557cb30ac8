/**
 * The tests of one generator project: measure its column (measure.ts) once, then one test per row
 * of the README's column, each asserting the measured cell equals the README's and, when not,
 * saying why with tsc's diagnostics or the lifecycle's problems.
 */
import { beforeAll, expect, test } from "vitest";
import { CHECK_FILES, describeDiagnostics, measureGenerator, ROW, type GenerateContext, type Measurement } from "./measure.ts";
import { readmeColumn, specReadme } from "./readme-table.ts";

export async function matrixTests(options: {
  /** The project's column header in the README table. */
  column: string;
  projectDir: string;
  packages: string[];
  generate: (ctx: GenerateContext) => Promise<void>;
}): Promise<void> {
  const expected = await readmeColumn(options.column);
  let m: Measurement;

  beforeAll(async () => {
    m = await measureGenerator(options);
    const rules = [...m.column].slice(Object.keys(ROW).length);
    const enforced = rules.filter(([, v]) => v === "rejected").length;
    console.log(
      `${m.lifecycle.problems.length === 0 ? "PASS" : "FAIL"} ${options.column}: compiled ${m.column.get(ROW.compiles)}, literal unions ${m.column.get(ROW.literalUnions)}, ` +
        `lifecycle ${m.lifecycle.problems.length === 0 ? "ok" : "FAILED"} (${m.lifecycle.statuses.join(" → ")}, ${m.lifecycle.videoBytes} B), ` +
        `rules enforced ${enforced}/${rules.length} (generate ${m.seconds.generate.toFixed(1)} s, total ${m.seconds.total.toFixed(1)} s)`,
    );
    const differs = [...m.column].some(([row, cell]) => expected.get(row) !== cell) || expected.size !== m.column.size;
    if (differs) console.log(`Measured column "${options.column}" (the README's differs):\n${[...m.column].map(([row, cell]) => `| ${row} | ${cell} |`).join("\n")}`);
  });

  test(`${specReadme} has a cell for every measured row, and no others`, () => {
    expect([...expected.keys()]).toEqual([...m.column.keys()]);
  });

  for (const [row, cell] of expected) {
    test(`${row}: ${cell}`, () => {
      expect(m.column.get(row), why(m, row)).toBe(cell);
    });
  }
}

/** What explains a row's measurement, for the failure message. */
function why(m: Measurement, row: string): string {
  const d = m.diagnostics;
  switch (row) {
    case ROW.compiles:
      return describeDiagnostics(d.filter((x) => !x.file.startsWith(".out/probes/") && !CHECK_FILES.includes(x.file)));
    case ROW.literalUnions:
      return describeDiagnostics(d.filter((x) => x.file === ".out/assertions.ts"));
    case ROW.narrowing:
      return describeDiagnostics(d.filter((x) => x.file === ".out/narrowing.ts"));
    case ROW.examples:
      return describeDiagnostics(d.filter((x) => x.file.startsWith(".out/probes/example-")));
    case ROW.lifecycle:
      return m.lifecycle.problems.join("\n") || "(no problems)";
    case ROW.clientVideo:
      return `the call returned ${m.lifecycle.clientVideoKind}`;
    default:
      return `tsc on the probes:\n${describeDiagnostics(d.filter((x) => x.file.startsWith(".out/probes/rule-")))}`;
  }
}
