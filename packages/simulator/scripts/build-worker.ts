/**
 * Writes the Cloudflare Worker (one ES module, validators precompiled) to dist/worker.js, for
 * `wrangler deploy --no-bundle` or any workerd host.
 *   pnpm --filter @videogenapi/simulator build:worker
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { bundleWorker } from "../src/adapter/workers/bundle.ts";

const out = new URL("../dist/worker.js", import.meta.url);
mkdirSync(new URL(".", out), { recursive: true });
const script = await bundleWorker({ minify: true });
writeFileSync(out, script);
console.log(`dist/worker.js: ${(script.length / 1024).toFixed(0)} KiB`);
