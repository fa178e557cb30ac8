/** The core names no runtime's globals: those live only in src/adapter (guarded) and src/node. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const src = new URL("../src/", import.meta.url).pathname;
const core = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !/^(node|adapter|generated)\//.test(f));

test.each(core)("%s uses no Node, Deno, Bun or DOM globals", (file) => {
  const source = readFileSync(join(src, file), "utf8");
  const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
  expect(imports.filter((i) => !i.startsWith(".") && i !== "openapi-fetch")).toEqual([]);
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
  expect(code).not.toMatch(/\b(process|Deno|Bun|Buffer|require|window|document|navigator|localStorage|__dirname)\b/);
});
