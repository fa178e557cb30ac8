/**
 * Size budget, measured the same way for this SDK and the anchors (scripts/size.ts: esbuild
 * --bundle --minify, then gzip): the full client — VideoGen with everything it does by default —
 * within the 6,000 B, and below every anchor SDK that does the same job.
 */
import { expect, test } from "vitest";
import { FULL_CLIENT, measure } from "../scripts/size.ts";
import { ANCHORS } from "../scripts/anchors.ts";

/** The budget, in bytes of min+gzip (decimal kilobytes: the "6 KB"). */
const BUDGET = 6_000;

test(`the full client is at most ${BUDGET} B min+gzip, and smaller than every anchor SDK`, async () => {
  const ours = await measure(FULL_CLIENT);
  expect(ours.gzip).toBeLessThanOrEqual(BUDGET);
  const anchors = await Promise.all(ANCHORS.filter((a) => a.fullSdk).map(async (a) => ({ ...a, ...(await measure(a.entry)) })));
  for (const anchor of anchors) expect(ours.gzip, `vs ${anchor.name} (${anchor.gzip} B)`).toBeLessThan(anchor.gzip);
});

test("validateGenerateRequest stays out of a bundle that does not import it", async () => {
  const strict = await measure(`export { VideoGen, validateGenerateRequest } from "./src/index.ts";`);
  const ours = await measure(FULL_CLIENT);
  // The contract's image_url pattern is its largest piece: only the strict bundle carries it.
  expect(strict.gzip).toBeGreaterThan(ours.gzip + 100);
});
