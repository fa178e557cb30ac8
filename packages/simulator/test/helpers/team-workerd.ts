/**
 * Team mode in a real workerd process listening on a loopback port: wrangler.toml's Durable Object
 * binding and SQLite migration (read by wrangler itself), the bundled team Worker, and a folder
 * that keeps the objects' state so a second start finds it.
 */
import { Miniflare } from "miniflare";
import { fileURLToPath } from "node:url";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { bundleWorker } from "../../src/adapter/workers/bundle.ts";

const config = fileURLToPath(new URL("../../wrangler.toml", import.meta.url));
let script: Promise<string> | undefined;

export interface TeamWorkerd {
  url: string;
  stop(): Promise<void>;
}

/** `scriptText`: the Worker to run (default: bundled from source now). */
export async function startTeamWorkerd(persistTo: string, vars: Record<string, string>, scriptText?: string): Promise<TeamWorkerd> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(config);
  const mf = new Miniflare({
    modules: true,
    script: scriptText ?? (await (script ??= bundleWorker({ entry: "team" }))),
    compatibilityDate: workerOptions.compatibilityDate,
    durableObjects: workerOptions.durableObjects,
    bindings: { ...workerOptions.bindings, ...vars },
    durableObjectsPersist: persistTo,
    host: "127.0.0.1",
    port: 0,
    cf: false,
    // As `wrangler dev` runs it (its local explorer, on by default, adds a table to every SQLite object).
    unsafeLocalExplorer: true,
  });
  const url = (await mf.ready).origin;
  return { url, stop: () => mf.dispose() };
}
