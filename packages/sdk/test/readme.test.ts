/**
 * The README's recipes are the files in examples/ that test/recipes.test.ts runs: each file appears
 * in the README verbatim, and every TypeScript block of the Recipes section is one of those files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readmeBlocks } from "./helpers/readme.ts";
import { examplesDir } from "./helpers/recipe.ts";

const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".ts"));
const blocks = readmeBlocks();

test("there is a recipe for each use the SDK issue lists", () => {
  expect(examples.sort()).toEqual(["abort.ts", "audio.ts", "deno.ts", "image-to-video.ts", "pagination.ts", "progress.ts", "quota.ts", "text-to-video.ts"]);
});

test.each(examples)("the README shows examples/%s verbatim, in its Recipes section", (file) => {
  const code = readFileSync(join(examplesDir, file), "utf8");
  const block = blocks.find((b) => b.code === code);
  expect(block, `README.md has no code block identical to examples/${file}: copy the file into it`).toBeDefined();
  expect(block!.section).toBe("Recipes");
});

test("every TypeScript block of the Recipes section is an example file", () => {
  const files = new Set(examples.map((f) => readFileSync(join(examplesDir, f), "utf8")));
  const recipes = blocks.filter((b) => b.section === "Recipes" && b.lang === "ts");
  expect(recipes).toHaveLength(examples.length);
  for (const block of recipes) expect(files.has(block.code), `a Recipes block matches no file in examples/:\n${block.code}`).toBe(true);
});
