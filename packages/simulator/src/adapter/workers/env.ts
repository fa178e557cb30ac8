/**
 * The Worker's configuration: `vars` (wrangler.toml), secrets (`wrangler secret put`) or `.dev.vars`,
 * named as the Node command's environment variables so one set of names works in both homes.
 * Keys belong in the secret VIDEOGEN_SIM_KEYS, never in wrangler.toml.
 */
import { ConfigError, parseKeys, parseNumber } from "../../config/parse.ts";
import { DEFAULT_RATE_LIMIT, type SimulatorOptions } from "../../options.ts";
import type { DurableObjectNamespace } from "./cloudflare.ts";

export interface Env {
  /** The Durable Object namespace of team mode (wrangler.toml's binding). */
  SIMULATOR?: DurableObjectNamespace;
  /** `KEY[:MONTHLY_LIMIT],…`, or the keys-file JSON `[{key, monthly_limit, rate_limit?: {requests, window_seconds}}]`. */
  VIDEOGEN_SIM_KEYS?: string;
  VIDEOGEN_SIM_DEV_KEY?: string;
  VIDEOGEN_SIM_DISABLE_DEV_KEY?: string;
  VIDEOGEN_SIM_MONTHLY_LIMIT?: string;
  VIDEOGEN_SIM_NO_DOCS_EXAMPLE?: string;
  VIDEOGEN_SIM_RATE_LIMIT?: string;
  VIDEOGEN_SIM_RATE_WINDOW?: string;
  VIDEOGEN_SIM_SPEED?: string;
  VIDEOGEN_SIM_WORKERS?: string;
  VIDEOGEN_SIM_PUBLIC_URL?: string;
  VIDEOGEN_SIM_MAX_BODY_BYTES?: string;
  VIDEOGEN_SIM_FAILURE_RATE?: string;
  VIDEOGEN_SIM_FAILURE_SEED?: string;
  VIDEOGEN_SIM_FAILURE_CODE?: string;
}

export { ConfigError };

const on = (value: string | undefined) => /^(1|true|yes)$/i.test(value ?? "");

export function optionsFromEnv(env: Env): SimulatorOptions {
  const options: SimulatorOptions = {
    keys: env.VIDEOGEN_SIM_KEYS ? parseKeys(env.VIDEOGEN_SIM_KEYS, "VIDEOGEN_SIM_KEYS") : [],
    devKey: on(env.VIDEOGEN_SIM_DISABLE_DEV_KEY) ? false : env.VIDEOGEN_SIM_DEV_KEY || undefined,
    rateLimit: {
      requests: parseNumber(env.VIDEOGEN_SIM_RATE_LIMIT, "VIDEOGEN_SIM_RATE_LIMIT", { min: 0, integer: true }) ?? DEFAULT_RATE_LIMIT.requests,
      windowSeconds: parseNumber(env.VIDEOGEN_SIM_RATE_WINDOW, "VIDEOGEN_SIM_RATE_WINDOW", { min: 1 }) ?? DEFAULT_RATE_LIMIT.windowSeconds,
    },
  };
  if (on(env.VIDEOGEN_SIM_NO_DOCS_EXAMPLE)) options.docsExample = false;
  const set = <K extends keyof SimulatorOptions>(key: K, value: SimulatorOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set("devMonthlyLimit", parseNumber(env.VIDEOGEN_SIM_MONTHLY_LIMIT, "VIDEOGEN_SIM_MONTHLY_LIMIT", { min: 0, integer: true }));
  set("speed", parseNumber(env.VIDEOGEN_SIM_SPEED, "VIDEOGEN_SIM_SPEED", { min: 0.001 }));
  set("workers", parseNumber(env.VIDEOGEN_SIM_WORKERS, "VIDEOGEN_SIM_WORKERS", { min: 1, integer: true }));
  set("maxBodyBytes", parseNumber(env.VIDEOGEN_SIM_MAX_BODY_BYTES, "VIDEOGEN_SIM_MAX_BODY_BYTES", { min: 1, integer: true }));
  set("publicUrl", env.VIDEOGEN_SIM_PUBLIC_URL || undefined);
  const failureRate = parseNumber(env.VIDEOGEN_SIM_FAILURE_RATE, "VIDEOGEN_SIM_FAILURE_RATE", { min: 0, max: 1 });
  const failureSeed = parseNumber(env.VIDEOGEN_SIM_FAILURE_SEED, "VIDEOGEN_SIM_FAILURE_SEED", { integer: true });
  options.failures = {
    ...(failureRate !== undefined ? { rate: failureRate } : {}),
    ...(failureSeed !== undefined ? { seed: failureSeed } : {}),
    ...(env.VIDEOGEN_SIM_FAILURE_CODE ? { code: env.VIDEOGEN_SIM_FAILURE_CODE } : {}),
  };
  return options;
}
