/**
 * A write the disk refuses: the request is answered 503 `service_unavailable` with Retry-After (as
 * the contract declares for every operation) and nothing of it remains — not in the list, not in
 * the usage count, not as an idempotency record — before or after a restart.
 *
 * Two ways to fill the disk, each over a spawned simulator:
 * - a file size limit (`ulimit -f`, POSIX, any user): the database's files cannot grow, so writes fail;
 * - a real full file system: a small tmpfs, filled up (needs root to mount; skipped otherwise).
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { contractErrors } from "./helpers/contract.ts";
import { call, generate, packageDir, spawnListening, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

const root = mkdtempSync(join(tmpdir(), "sim-full-"));
const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted) execFileSync("umount", [dir]);
  rmSync(root, { recursive: true, force: true });
});

const FLAGS = ["--rate-limit", "0", "--monthly-limit", "100000", "--no-docs-example", "--quiet"];
const bin = join(packageDir, "src/adapter/node/bin.ts");
const body = (n: number | string) => ({ model: "ltxv-13b", prompt: `fill ${n}`, duration: 1 });

/** Generates (each with an Idempotency-Key) until one is refused; returns the accepted ids and the refusal. */
async function generateUntilRefused(url: string, limit = 3000) {
  const accepted: string[] = [];
  for (let n = 0; n < limit; n++) {
    const answer = await generate(url, body(n), { "idempotency-key": `fill-${n}` });
    if (answer.status === 200) {
      accepted.push(answer.body.generation_id);
      continue;
    }
    return { accepted, refused: answer, n };
  }
  throw new Error(`every one of ${limit} generations was accepted: the disk never filled`);
}

/** What the user sees of the refused request: the documented 503, and no trace of it anywhere. */
async function expectRefusedWithoutTrace(url: string, refused: Awaited<ReturnType<typeof generateUntilRefused>>) {
  const { accepted, refused: answer, n } = refused;
  expect(answer.status).toBe(503);
  expect(answer.body.error.code).toBe("service_unavailable");
  expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(contractErrors("/v1/generate", "post", 503, answer.body)).toEqual([]);
  expect(JSON.stringify(answer.body)).not.toMatch(/SQLITE|at .*\.ts/);

  const list = await call(url, "/v1/generations?limit=100");
  expect(list.body.pagination.total).toBe(accepted.length);
  expect(list.body.generations.map((g: { prompt: string }) => g.prompt)).not.toContain(`fill ${n}`);
  const user = await call(url, "/v1/user");
  expect(user.body.usage.current_month_usage).toBe(accepted.length);
  return n;
}

async function expectAfterRestart(dataDir: string, accepted: string[], absentPrompt: string) {
  const again = await startSimulator(["--data-dir", dataDir, ...FLAGS]);
  try {
    const list = await call(again.url, "/v1/generations?limit=100");
    expect(list.body.pagination.total).toBe(accepted.length);
    const all: string[] = [];
    for (let page = 1; page <= list.body.pagination.total_pages; page++) {
      const { body: onPage } = await call(again.url, `/v1/generations?limit=100&page=${page}`);
      for (const g of onPage.generations) all.push(g.generation_id, g.prompt);
    }
    for (const id of accepted) expect(all).toContain(id);
    expect(all).not.toContain(absentPrompt);
    const user = await call(again.url, "/v1/user");
    expect(user.body.usage.current_month_usage).toBe(accepted.length);
  } finally {
    await again.stop();
  }
}

it("a file size limit (ulimit -f): 503 service_unavailable, nothing of the request kept", async () => {
  console.log("write-failure: disk full simulated with a file size limit (ulimit -f)");
  const dataDir = join(root, "ulimit");
  mkdirSync(dataDir);
  // 600 blocks (of 512 or 1024 bytes, per shell): room for the schema and a few dozen generations.
  const simulator: SimulatorProcess = await spawnListening(
    "sh",
    ["-c", 'ulimit -f 600 && exec "$@"', "sh", process.execPath, "--import", "tsx", bin, "--port", "0", "--data-dir", dataDir, ...FLAGS],
    { cwd: packageDir },
  );
  let refused;
  try {
    refused = await generateUntilRefused(simulator.url);
    const n = await expectRefusedWithoutTrace(simulator.url, refused);
    // The same key and body again: no stored replay answers it (the disk is still full).
    const retry = await generate(simulator.url, body(n), { "idempotency-key": `fill-${n}` });
    expect(retry.status).toBe(503);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    // Reads go on working.
    expect((await call(simulator.url, `/v1/status/${refused.accepted[0]}`)).status).toBe(200);
  } finally {
    await simulator.stop("SIGKILL");
  }
  console.log(`write-failure (ulimit): ${refused.accepted.length} generation(s) accepted before the first 503`);
  await expectAfterRestart(dataDir, refused.accepted, `fill ${refused.n}`);
});

const isRoot = process.getuid?.() === 0;
if (!isRoot) console.log("write-failure: the full-tmpfs case is skipped: mounting a tmpfs needs root");

it.skipIf(!isRoot)("a full file system (tmpfs): 503, nothing kept, and accepted again once there is room", async () => {
  console.log("write-failure: disk full for real on a 2 MB tmpfs");
  const mount = join(root, "tmpfs");
  mkdirSync(mount);
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount]);
  mounted.push(mount);
  const dataDir = join(mount, "data");
  const simulator = await startSimulator(["--data-dir", dataDir, ...FLAGS]);
  const filler = join(mount, "filler");
  let refused;
  try {
    // A few generations while there is room, then fill every byte left.
    const room: string[] = [];
    for (let n = 0; n < 5; n++) {
      const answer = await generate(simulator.url, body(`room ${n}`));
      expect(answer.status).toBe(200);
      room.push(answer.body.generation_id);
    }
    const fd = openSync(filler, "w");
    try {
      for (;;) writeSync(fd, Buffer.alloc(4096));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
    } finally {
      closeSync(fd);
    }
    refused = await generateUntilRefused(simulator.url, 500);
    refused.accepted.unshift(...room);
    const n = await expectRefusedWithoutTrace(simulator.url, refused);

    // Room again: the same key and body are a new request (no replay was stored), and it lands.
    rmSync(filler);
    const retry = await generate(simulator.url, body(n), { "idempotency-key": `fill-${n}` });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    refused.accepted.push(retry.body.generation_id);
  } finally {
    await simulator.stop("SIGKILL");
  }
  console.log(`write-failure (tmpfs): ${refused.accepted.length - 6} generation(s) accepted after the disk was full, then 503`);
  await expectAfterRestart(dataDir, refused.accepted, "never");
});
