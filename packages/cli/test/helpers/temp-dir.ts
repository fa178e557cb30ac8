/** Temp directories for the videos the tests save, removed after the test file. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "videogen-cli-test-"));
  made.push(dir);
  return dir;
}
