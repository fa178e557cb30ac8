/** The npm and JSR manifests describe the same package. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
const pkg = read("package.json");
const jsr = read("jsr.json");

test("jsr.json has the npm package's name, version and subpaths", () => {
  expect(jsr.name).toBe(pkg.name);
  expect(jsr.version).toBe(pkg.version);
  expect(Object.keys(jsr.exports).sort()).toEqual(Object.keys(pkg.exports).filter((k) => k !== "./package.json").sort());
});

test("openapi-fetch is the only runtime dependency, pinned", () => {
  expect(pkg.dependencies).toEqual({ "openapi-fetch": "0.17.0" });
});
