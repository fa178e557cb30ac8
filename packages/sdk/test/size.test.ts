/**
 * Size budget, measured the same way for this SDK and the anchors (scripts/size.ts: esbuild
 * --bundle --minify, then gzip). The full client must stay below every anchor SDK that does the same
 * job. The goal is 6,000 B in all; the README says where the client stands against it, and
 * the bound below holds what has been reached so far so that it cannot silently grow back.
 */
import { expect, test } from "vitest";
import { FULL_CLIENT, measure } from "../scripts/size.ts";
import { ANCHORS } from "../scripts/anchors.ts";

test("the full client is smaller, min+gzip, than every anchor SDK", async () => {
  const ours = await measure(FULL_CLIENT);
  const anchors = await Promise.all(ANCHORS.filter((a) => a.fullSdk).map(async (a) => ({ ...a, ...(await measure(a.entry)) })));
  for (const anchor of anchors) expect(ours.gzip, `vs ${anchor.name} (${anchor.gzip} B)`).toBeLessThan(anchor.gzip);
  // openapi-fetch is inside our bundle: the rest (client, errors, retries, wait, download, validation, catalog) is what we add.
  const core = await measure(`export { default } from "openapi-fetch";`);
  // 6,140 B in all at the last measurement (3,542 B on top of openapi-fetch's 2,598 B).
  expect(ours.gzip - core.gzip).toBeLessThan(3_600);
});
