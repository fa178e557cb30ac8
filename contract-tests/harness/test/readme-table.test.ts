// The README table reader: columns and rows as written, and a clear error for a missing column or section.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { readMatrix, readmeColumn } from "../src/index.ts";

const dir = await mkdtemp(join(tmpdir(), "readme-table-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

test("reads one generator's column from the Consumer matrix section, and only from it", async () => {
  const readme = join(dir, "README.md");
  await writeFile(readme, "# x\n\n| a | b |\n| --- | --- |\n| not | this |\n\n## Consumer matrix\n\nText.\n\n| | gen-a | gen-b |\n| --- | --- | --- |\n| version | 1.0.0 | 2.0.0 |\n| `rule` | rejected | accepted |\n\nAfter.\n");
  expect((await readMatrix(readme)).columns).toEqual(["gen-a", "gen-b"]);
  expect([...(await readmeColumn("gen-b", readme))]).toEqual([
    ["version", "2.0.0"],
    ["`rule`", "accepted"],
  ]);
  await expect(readmeColumn("gen-c", readme)).rejects.toThrow(/no column "gen-c"/);
  await writeFile(readme, "# x\n");
  await expect(readMatrix(readme)).rejects.toThrow(/no "## Consumer matrix" section/);
});

test("the repository's table has a column for every generator project", async () => {
  expect((await readMatrix()).columns).toEqual(["openapi-typescript + openapi-fetch", "@hey-api/openapi-ts", "orval", "openapi-typescript-codegen", "swagger-typescript-api"]);
});
