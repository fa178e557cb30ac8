/**
 * Team mode on Cloudflare Workers: the entry Worker routes each request to the Durable Object of
 * its partition (see router.ts), where the state lives in SQLite, so every isolate, region and
 * teammate sees the same generations. Deployed with wrangler.toml in the package folder.
 */
import precompiled from "videogen:precompiled-validators";
import { createSimulator, type Simulator } from "../../app.ts";
import { docsExampleRecord } from "../../docs-example.ts";
import { DEV_KEY } from "../../options.ts";
import { usePrecompiled } from "../../validation/ajv.ts";
import { withBodyRead } from "./body.ts";
import { ConfigError, optionsFromEnv, type Env } from "./env.ts";
import { failure, objectUnreachable } from "./failure.ts";
import { objectName, partitionOfKey } from "./partition.ts";
import { partitionFor, type Partitions } from "./router.ts";
import { PARTITION_HEADER } from "./simulator-object.ts";

export { SimulatorObject } from "./simulator-object.ts";

usePrecompiled(precompiled);

interface Entry {
  partitions: Partitions;
  /** Stateless: answers only requests that no key's object owns (no or unknown key, unknown id). */
  local: Simulator;
}

// Made on the first request: bindings arrive with it, and Workers forbid crypto at global scope.
let entry: Promise<Entry> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    let ready: Entry;
    try {
      if (!env.SIMULATOR) throw new ConfigError("the SIMULATOR Durable Object binding is missing (see wrangler.toml)");
      ready = await (entry ??= setUp(env));
    } catch (error) {
      entry = undefined;
      return failure(request, error);
    }
    const partition = partitionFor(request, ready.partitions);
    const read = await withBodyRead(request, ready.local.options.maxBodyBytes);
    if (partition === undefined) return ready.local.fetch(read);
    const forwarded = new Request(read);
    forwarded.headers.set(PARTITION_HEADER, partition);
    const namespace = env.SIMULATOR;
    try {
      return await namespace.get(namespace.idFromName(objectName(partition))).fetch(forwarded);
    } catch (error) {
      return objectUnreachable(request, error);
    }
  },
};

async function setUp(env: Env): Promise<Entry> {
  const options = optionsFromEnv(env);
  const keys = [...(options.devKey === false ? [] : [options.devKey ?? DEV_KEY]), ...(options.keys ?? []).map((config) => config.key)];
  const byKey = new Map(await Promise.all(keys.map(async (key) => [key, await partitionOfKey(key)] as const)));
  const fixed = new Map<string, string>();
  if (options.devKey !== false && options.docsExample !== false) {
    fixed.set(docsExampleRecord("").id, byKey.get(options.devKey ?? DEV_KEY)!);
  }
  const local = createSimulator({ ...options, docsExample: false });
  return { partitions: { byKey, known: new Set(byKey.values()), fixed }, local };
}
