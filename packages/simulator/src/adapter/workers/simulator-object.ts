/**
 * The Durable Object of team mode (SQLite storage backend): one simulator per partition, its store
 * a SqlStore in the object's own database. Every isolate of the Worker sends a key's requests here,
 * and an object runs one request's synchronous section at a time, so quota, rate limit and
 * idempotency hold exactly per key. The dashboard's settings are kept in the object's storage so
 * they survive the object being evicted from memory.
 */
import { createSimulator, type Simulator } from "../../app.ts";
import { applySettings, readSettings, type Settings } from "../../dashboard/settings.ts";
import { CONTROL_PREFIX } from "../../dashboard/routes.ts";
import { DEV_KEY } from "../../options.ts";
import { SqlStore } from "../../store/sql/store.ts";
import type { DurableObjectState } from "./cloudflare.ts";
import { DurableObjectSqlDriver } from "./do-sql-driver.ts";
import { optionsFromEnv, type Env } from "./env.ts";
import { failure } from "./failure.ts";
import { partitionedGenerationId, partitionOfKey } from "./partition.ts";

/** Set by the entry Worker on every request it forwards; objects are reachable only through it. */
export const PARTITION_HEADER = "x-videogen-partition";
const SETTINGS_KEY = "dashboard-settings";
const SETTINGS_PATH = `${CONTROL_PREFIX}/settings`;

export class SimulatorObject {
  private ready: Promise<Simulator> | undefined;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly env: Env,
  ) {}

  async fetch(request: Request): Promise<Response> {
    const partition = request.headers.get(PARTITION_HEADER);
    if (!partition || !/^[0-9a-f]+$/.test(partition)) return failure(request, new Error("a request reached a simulator object without its partition"));
    let simulator: Simulator;
    try {
      simulator = await (this.ready ??= this.start(partition));
    } catch (error) {
      this.ready = undefined; // the next request tries again
      return failure(request, error);
    }
    const response = await simulator.fetch(request);
    if (request.method === "PUT" && response.ok && new URL(request.url).pathname === SETTINGS_PATH) {
      await this.ctx.storage.put<Settings>(SETTINGS_KEY, readSettings(simulator.options));
    }
    return response;
  }

  private async start(partition: string): Promise<Simulator> {
    const options = optionsFromEnv(this.env);
    const devKey = options.devKey === false ? undefined : (options.devKey ?? DEV_KEY);
    // Only the development key's object keeps the docs' example generation.
    const holdsDevKey = devKey !== undefined && (await partitionOfKey(devKey)) === partition;
    const simulator = createSimulator({
      ...options,
      docsExample: options.docsExample !== false && holdsDevKey,
      store: new SqlStore(new DurableObjectSqlDriver(this.ctx.storage)),
      generationId: () => partitionedGenerationId(partition),
    });
    const saved = await this.ctx.storage.get<Settings>(SETTINGS_KEY);
    if (saved) applySettings(simulator.options, saved);
    return simulator;
  }
}
