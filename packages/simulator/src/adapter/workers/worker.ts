/** @module Workers adapter: a module worker whose `fetch` is the simulator's; state lives per isolate. */
import precompiled from "videogen:precompiled-validators";
import { createSimulator, type Simulator } from "../../app.ts";
import type { SimulatorOptions } from "../../options.ts";
import { usePrecompiled } from "../../validation/ajv.ts";

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
  fetch(request: Request, env: Env = {}): Response | Promise<Response> {
    simulator ??= createSimulator(optionsFrom(env));
    return simulator.fetch(request);
  },
};

function optionsFrom(env: Env): SimulatorOptions {
  return {
    ...(env.VIDEOGEN_SIM_SPEED ? { speed: Number(env.VIDEOGEN_SIM_SPEED) } : {}),
    ...(env.VIDEOGEN_SIM_WORKERS ? { workers: Number(env.VIDEOGEN_SIM_WORKERS) } : {}),
  };
}
