/**
 * The store contract suite on the Workers home's driver: run inside a real workerd (miniflare on a
 * loopback port), against a SQLite-backed Durable Object's `ctx.storage.sql` — the same SqlStore,
 * schema and migrations the team Worker uses. Each contract test becomes one test here.
 */
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { WORKER_BUILD } from "../../src/adapter/workers/bundle.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const { outputFiles } = await build({
  ...WORKER_BUILD,
  entryPoints: [here("./workerd/contract-worker.ts")],
  alias: { vitest: here("./workerd/vitest-shim.ts") },
});
const mf = new Miniflare({
  modules: true,
  script: outputFiles[0]!.text,
  compatibilityDate: "2026-04-01",
  durableObjects: { CONTRACT: { className: "ContractObject", useSQLite: true } },
  host: "127.0.0.1",
  port: 0,
  cf: false,
});
const url = (await mf.ready).origin;
afterAll(() => mf.dispose());

const names = (await (await fetch(`${url}/tests`)).json()) as string[];

it("the suite was collected inside workerd", () => {
  expect(names.length).toBeGreaterThanOrEqual(10);
});

names.forEach((name, index) => {
  it(name, async () => {
    const result = (await (await fetch(`${url}/tests/${index}`, { method: "POST" })).json()) as { ok: boolean; error?: string };
    expect(result.error ?? "").toBe("");
    expect(result.ok).toBe(true);
  });
});
