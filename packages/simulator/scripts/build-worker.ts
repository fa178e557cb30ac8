/**
 * Writes the Cloudflare Worker (one ES module, validators precompiled) for `wrangler deploy
 * --no-bundle` or any workerd host:
 *   pnpm --filter @videogenapi/simulator build:worker           dist/worker.js (state per isolate)
 *   pnpm --filter @videogenapi/simulator build:worker -- --team  dist/team-worker.js (Durable Objects; wrangler.toml runs this)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { bundleWorker } from "../src/adapter/workers/bundle.ts";

const team = process.argv.includes("--team");
const out = new URL(team ? "../dist/team-worker.js" : "../dist/worker.js", import.meta.url);
mkdirSync(new URL(".", out), { recursive: true });
const script = await bundleWorker({ minify: true, entry: team ? "team" : "isolate" });
writeFileSync(out, script);
console.log(`${team ? "dist/team-worker.js" : "dist/worker.js"}: ${(script.length / 1024).toFixed(0)} KiB`);
