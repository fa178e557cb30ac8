/**
 * A data directory whose simulator.db is not the simulator's — random bytes, another application's
 * SQLite database, a schema newer than this code — stops the start with one line on stderr naming
 * the file and what to do, a non-zero exit and no stack trace; the file is left byte for byte.
 */
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "libsql";
import { afterAll, expect, it } from "vitest";
import { openNodeStore } from "../src/adapter/node/database.ts";
import { sampleRecord } from "./store/contract.ts";
import { call, generate, packageDir, startSimulator } from "./helpers/simulator.ts";

const root = mkdtempSync(join(tmpdir(), "sim-refuse-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = join(packageDir, "src/adapter/node/bin.ts");

function dataDirWith(name: string, make: (file: string) => void): { dir: string; file: string } {
  const dir = join(root, name);
  mkdirSync(dir);
  const file = join(dir, "simulator.db");
  make(file);
  return { dir, file };
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function expectRefused({ dir, file }: { dir: string; file: string }, reason: RegExp): void {
  const before = sha256(file);
  const listing = readdirSync(dir).sort();
  const run = spawnSync(process.execPath, ["--import", "tsx", bin, "--port", "0", "--quiet", "--data-dir", dir], { cwd: packageDir, encoding: "utf8", timeout: 20_000 });
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`videogen-simulator: cannot start: ${file}`);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).toMatch(/move it aside, or pass another --data-dir\.$/i);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(sha256(file)).toBe(before);
  expect(readdirSync(dir).sort()).toEqual(listing);
}

it("refuses random bytes", () => {
  expectRefused(
    dataDirWith("random", (file) => writeFileSync(file, randomBytes(64 * 1024))),
    /is not a SQLite database \(file is not a database\)/,
  );
});

it("refuses another application's SQLite database", () => {
  const target = dataDirWith("foreign", (file) => {
    const db = new Database(file);
    db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada')");
    db.close();
  });
  expectRefused(target, /is not a database this simulator can use: it holds tables of another application \(customers\)/);
});

it("refuses a database with a newer schema than it knows", () => {
  const target = dataDirWith("newer", (file) => {
    const { store, close } = openNodeStore(join(file, ".."));
    store.addGeneration(sampleRecord());
    close();
    const db = new Database(file);
    db.exec("UPDATE schema_version SET version = 99");
    db.close();
  });
  expectRefused(target, /its schema is version 99, newer than this simulator knows \(\d+\)\. Use a newer simulator, or move it aside/);
});


it("refuses a data directory another simulator is using, and leaves that one running", async () => {
  const dir = join(root, "in-use");
  const first = await startSimulator(["--data-dir", dir]);
  try {
    const created = await generate(first.url, { model: "kling_25", prompt: "Kept by the first simulator", duration: 5 });
    expect(created.status).toBe(200);
    const run = spawnSync(process.execPath, ["--import", "tsx", bin, "--port", "0", "--quiet", "--data-dir", dir], { cwd: packageDir, encoding: "utf8", timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      `videogen-simulator: cannot start: ${join(dir, "simulator.db")} is in use by another process, such as a simulator started with the same --data-dir. Stop that one, or pass another --data-dir.`,
    ]);
    const status = await call(first.url, `/v1/status/${created.body.generation_id}`);
    expect(status.status).toBe(200);
    expect(status.body.prompt).toBe("Kept by the first simulator");
  } finally {
    await first.stop();
  }
  // Once the first has stopped, the directory is free again and holds what it wrote.
  const second = await startSimulator(["--data-dir", dir]);
  try {
    const list = await call(second.url, "/v1/generations");
    expect(list.body.generations.map((g: { prompt: string }) => g.prompt)).toContain("Kept by the first simulator");
  } finally {
    await second.stop();
  }
});
