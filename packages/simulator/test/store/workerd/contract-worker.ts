/**
 * A Worker that runs the store contract suite inside workerd, on a SQLite-backed Durable Object's
 * own `ctx.storage.sql` through DurableObjectSqlDriver: `GET /tests` lists the tests, `POST
 * /tests/{n}` runs test n in a fresh object (an empty database) and answers `{ ok, error? }`.
 * "Reopen" is a new SqlStore over the same object's database, as after an eviction.
 */
import { DurableObjectSqlDriver } from "../../../src/adapter/workers/do-sql-driver.ts";
import type { DurableObjectNamespace, DurableObjectState } from "../../../src/adapter/workers/cloudflare.ts";
import { describeStoreContract, sqlStoreUnderTest } from "../contract.ts";
import { recorded } from "./vitest-shim.ts";

let storage: DurableObjectState["storage"] | undefined;

describeStoreContract("Durable Object SQLite", () => sqlStoreUnderTest(() => new DurableObjectSqlDriver(storage!), true));

export class ContractObject {
  constructor(private readonly ctx: DurableObjectState) {}

  async fetch(request: Request): Promise<Response> {
    const test = recorded[Number(new URL(request.url).pathname.split("/").pop())];
    if (!test) return Response.json({ ok: false, error: "no such test" }, { status: 404 });
    storage = this.ctx.storage;
    try {
      await test.run();
      return Response.json({ ok: true });
    } catch (error) {
      return Response.json({ ok: false, error: error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error) });
    }
  }
}

export default {
  fetch(request: Request, env: { CONTRACT: DurableObjectNamespace }): Response | Promise<Response> {
    const path = new URL(request.url).pathname;
    if (path === "/tests") return Response.json(recorded.map((test) => test.name));
    // One object per test run: each starts from an empty database.
    return env.CONTRACT.get(env.CONTRACT.idFromName(`${path}-${crypto.randomUUID()}`)).fetch(request);
  },
};
