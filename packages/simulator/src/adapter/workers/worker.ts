/**
 * Workers adapter, single isolate: a module Worker whose `fetch` is the simulator's, state in the
 * isolate's memory (tests, a quick try). A shared simulator keeps state in Durable Objects: team.ts.
 */
import precompiled from "videogen:precompiled-validators";
import { createSimulator, type Simulator } from "../../app.ts";
import type { SimulatorOptions } from "../../options.ts";
import { usePrecompiled } from "../../validation/ajv.ts";
import { withBodyRead } from "./body.ts";

/** Optional `vars` of wrangler.toml, named as the Node command's environment variables. */
export interface Env {
  VIDEOGEN_SIM_SPEED?: string;
  VIDEOGEN_SIM_WORKERS?: string;
}

usePrecompiled(precompiled);
// Created on the first request: Workers forbid random numbers and crypto at global scope, and the
// bindings (env) only arrive with a request.
let simulator: Simulator | undefined;

export default {
  async fetch(request: Request, env: Env = {}): Promise<Response> {
    simulator ??= createSimulator(optionsFrom(env));
    return simulator.fetch(await withBodyRead(request, simulator.options.maxBodyBytes));
  },
};

function optionsFrom(env: Env): SimulatorOptions {
  return {
    ...(env.VIDEOGEN_SIM_SPEED ? { speed: Number(env.VIDEOGEN_SIM_SPEED) } : {}),
    ...(env.VIDEOGEN_SIM_WORKERS ? { workers: Number(env.VIDEOGEN_SIM_WORKERS) } : {}),
  };
}
