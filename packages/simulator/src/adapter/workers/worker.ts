/**
 * Workers adapter, single isolate: a module Worker whose `fetch` is the simulator's, state in the
 * isolate's memory (tests, a quick try). A shared simulator keeps state in Durable Objects: team.ts.
 */
import precompiled from "videogen:precompiled-validators";
import { createSimulator, type Simulator } from "../../app.ts";
import { usePrecompiled } from "../../validation/ajv.ts";
import { withBodyRead } from "./body.ts";
import { optionsFromEnv, type Env } from "./env.ts";
import { failure } from "./failure.ts";

usePrecompiled(precompiled);
// Created on the first request: Workers forbid random numbers and crypto at global scope, and the
// bindings (env) only arrive with a request.
let simulator: Simulator | undefined;

export default {
  async fetch(request: Request, env: Env = {}): Promise<Response> {
    try {
      // The same variables as team mode and the Node command (VIDEOGEN_SIM_SPEED, _KEYS, …).
      simulator ??= createSimulator(optionsFromEnv(env));
    } catch (error) {
      return failure(request, error);
    }
    return simulator.fetch(await withBodyRead(request, simulator.options.maxBodyBytes));
  },
};
