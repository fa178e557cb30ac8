/** @module Deno adapter: `Deno.serve` around `createSimulator().fetch` (state in an in-memory SQLite, placeholder video). */
import { createSimulator } from "../../app.ts";
import { SqlStore } from "../../store/sql/store.ts";
import { openSqlite } from "./sqlite.ts";

// The Node command's environment names, for the few options that make sense here.
const env = (name: string) => Deno.env.get(`VIDEOGEN_SIM_${name}`);
const speed = env("SPEED");
// The same SQL store as on Node, over Deno's built-in node:sqlite.
const store = new SqlStore(await openSqlite());
const simulator = createSimulator({ store, ...(speed ? { speed: Number(speed) } : {}) });

Deno.serve(
  {
    hostname: env("HOST") ?? "127.0.0.1",
    port: Number(env("PORT") ?? 4010),
    onListen: ({ hostname, port }) => console.log(`VideoGen API simulator listening on http://${hostname}:${port}`),
  },
  (request) => simulator.fetch(request),
);
