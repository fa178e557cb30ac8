import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { assertReadmeShows } from "../src/index.mjs";

const dir = await mkdtemp(join(tmpdir(), "readme-check-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

test("a README must hold the example file verbatim", async () => {
  await writeFile(join(dir, "example.mjs"), 'console.log("hi");\n');
  await writeFile(join(dir, "README.md"), '# x\n\n```js\nconsole.log("hi");\n```\n');
  await expect(assertReadmeShows(join(dir, "README.md"), join(dir, "example.mjs"))).resolves.toBeUndefined();
  await writeFile(join(dir, "README.md"), '# x\n\n```js\nconsole.log("hello");\n```\n');
  await expect(assertReadmeShows(join(dir, "README.md"), join(dir, "example.mjs"))).rejects.toThrow(/no code block identical/);
});
