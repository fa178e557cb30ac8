/**
 * The "## Consumer matrix" table at the end of spec/README.md: rows are what is measured, columns
 * the generators. Each project's test measures its column and asserts it equals the README's, so the
 * table cannot drift from what the generators really do.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const specReadme = join(dirname(createRequire(import.meta.url).resolve("@videogenapi/spec/package.json")), "README.md");

export const MATRIX_HEADING = "## Consumer matrix";

const cells = (line: string) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());

/** The README table as rows (first cell → the other cells) and its column headers (without the first). */
export async function readMatrix(readme = specReadme): Promise<{ columns: string[]; rows: Map<string, string[]> }> {
  const text = await readFile(readme, "utf8");
  const start = text.indexOf(`\n${MATRIX_HEADING}\n`);
  if (start < 0) throw new Error(`${readme} has no "${MATRIX_HEADING}" section`);
  const lines = text.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith("|")) break;
    table.push(line);
  }
  if (table.length < 3) throw new Error(`${readme}: the ${MATRIX_HEADING} section has no table`);
  const [header, , ...body] = table;
  const columns = cells(header!).slice(1);
  const rows = new Map(body.map((line) => [cells(line)[0]!, cells(line).slice(1)] as const));
  return { columns, rows };
}

/** One generator's column, as row label → cell. */
export async function readmeColumn(column: string, readme = specReadme): Promise<Map<string, string>> {
  const { columns, rows } = await readMatrix(readme);
  const index = columns.indexOf(column);
  if (index < 0) throw new Error(`${readme}: the ${MATRIX_HEADING} table has no column "${column}" (it has ${columns.join(", ")})`);
  return new Map([...rows].map(([label, values]) => [label, values[index] ?? ""]));
}
