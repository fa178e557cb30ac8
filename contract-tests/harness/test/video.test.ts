// The lifecycle's video check must be able to fail: bytes that are not an H.264 MP4 are refused.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { isH264Mp4 } from "../src/index.ts";

const dir = await mkdtemp(join(tmpdir(), "video-check-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

test("refuses text, an empty file and a truncated MP4 header", async () => {
  const cases = { "text.mp4": "not a video", "empty.mp4": "", "header-only.mp4": Buffer.from("000000186674797069736f6d0000020069736f6d69736f32", "hex") };
  for (const [name, data] of Object.entries(cases)) {
    await writeFile(join(dir, name), data);
    expect(await isH264Mp4(join(dir, name)), name).toBe(false);
  }
});
