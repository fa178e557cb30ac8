import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { exec, packSdk, sdkHash } from "../src/index.mjs";

const cacheDir = await mkdtemp(join(tmpdir(), "pack-check-"));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

test("packs racing callers into one tarball named by the build's hash, then reuses it", async () => {
  const [a, b, c] = await Promise.all([packSdk({ cacheDir }), packSdk({ cacheDir }), packSdk({ cacheDir })]);
  expect(new Set([a, b, c]).size).toBe(1);
  expect(basename(a)).toBe(`videogenapi-sdk-${await sdkHash()}.tgz`);
  expect(await readdir(cacheDir)).toEqual([basename(a)]); // no pack-* leftovers

  const { mtimeMs } = await stat(a);
  expect(await packSdk({ cacheDir })).toBe(a);
  expect((await stat(a)).mtimeMs).toBe(mtimeMs);

  const listing = await exec("tar", ["-tzf", a]);
  expect(listing).toMatch(/^package\/package\.json$/m);
  expect(listing).toMatch(/^package\/dist\/index\.js$/m);
  expect(listing).toMatch(/^package\/dist\/index\.cjs$/m);
});
