/**
 * The Worker's configuration: `vars` (wrangler.toml), secrets (`wrangler secret put`) or `.dev.vars`,
 * named as the Node command's environment variables so one set of names works in both homes.
 * Keys belong in the secret VIDEOGEN_SIM_KEYS, never in wrangler.toml.
 */
import { DEFAULT_RATE_LIMIT, type KeyConfig, type SimulatorOptions } from "../../options.ts";
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

/** A setting that cannot be used; the message names the variable, never a key. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const on = (value: string | undefined) => /^(1|true|yes)$/i.test(value ?? "");

export function optionsFromEnv(env: Env): SimulatorOptions {
  const options: SimulatorOptions = {
    keys: env.VIDEOGEN_SIM_KEYS ? parseKeys(env.VIDEOGEN_SIM_KEYS) : [],
    devKey: on(env.VIDEOGEN_SIM_DISABLE_DEV_KEY) ? false : env.VIDEOGEN_SIM_DEV_KEY || undefined,
    rateLimit: {
      requests: number(env.VIDEOGEN_SIM_RATE_LIMIT, "VIDEOGEN_SIM_RATE_LIMIT", { min: 0, integer: true }) ?? DEFAULT_RATE_LIMIT.requests,
      windowSeconds: number(env.VIDEOGEN_SIM_RATE_WINDOW, "VIDEOGEN_SIM_RATE_WINDOW", { min: 1 }) ?? DEFAULT_RATE_LIMIT.windowSeconds,
    },
  };
  if (on(env.VIDEOGEN_SIM_NO_DOCS_EXAMPLE)) options.docsExample = false;
  const set = <K extends keyof SimulatorOptions>(key: K, value: SimulatorOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set("devMonthlyLimit", number(env.VIDEOGEN_SIM_MONTHLY_LIMIT, "VIDEOGEN_SIM_MONTHLY_LIMIT", { min: 0, integer: true }));
  set("speed", number(env.VIDEOGEN_SIM_SPEED, "VIDEOGEN_SIM_SPEED", { min: 0.001 }));
  set("workers", number(env.VIDEOGEN_SIM_WORKERS, "VIDEOGEN_SIM_WORKERS", { min: 1, integer: true }));
  set("maxBodyBytes", number(env.VIDEOGEN_SIM_MAX_BODY_BYTES, "VIDEOGEN_SIM_MAX_BODY_BYTES", { min: 1, integer: true }));
  set("publicUrl", env.VIDEOGEN_SIM_PUBLIC_URL || undefined);
  const failureRate = number(env.VIDEOGEN_SIM_FAILURE_RATE, "VIDEOGEN_SIM_FAILURE_RATE", { min: 0, max: 1 });
  const failureSeed = number(env.VIDEOGEN_SIM_FAILURE_SEED, "VIDEOGEN_SIM_FAILURE_SEED", { integer: true });
  options.failures = {
    ...(failureRate !== undefined ? { rate: failureRate } : {}),
    ...(failureSeed !== undefined ? { seed: failureSeed } : {}),
    ...(env.VIDEOGEN_SIM_FAILURE_CODE ? { code: env.VIDEOGEN_SIM_FAILURE_CODE } : {}),
  };
  return options;
}

interface KeyEntry {
  key?: unknown;
  monthly_limit?: unknown;
  rate_limit?: { requests?: unknown; window_seconds?: unknown };
  user?: { name?: string; email?: string };
  plan?: { key: string; name: string };
}

function parseKeys(text: string): KeyConfig[] {
  const source = "VIDEOGEN_SIM_KEYS";
  if (!text.trim().startsWith("[")) {
    return text
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry, index) => {
        const colon = entry.lastIndexOf(":");
        if (colon === -1) return { key: entry, monthlyLimit: 100 };
        const monthlyLimit = number(entry.slice(colon + 1), `${source} entry ${index + 1}'s monthly limit`, { min: 0, integer: true })!;
        return { key: entry.slice(0, colon), monthlyLimit };
      });
  }
  let entries: KeyEntry[];
  try {
    entries = JSON.parse(text) as KeyEntry[];
  } catch {
    // The parser's message quotes the text around the fault, which may be a key.
    throw new ConfigError(`${source} starts with "[" but is not valid JSON`);
  }
  if (!Array.isArray(entries)) throw new ConfigError(`${source} must be a JSON array of {key, monthly_limit}`);
  return entries.map((entry, index) => {
    const at = `${source}[${index}]`;
    if (typeof entry?.key !== "string" || !entry.key) throw new ConfigError(`${at}.key must be a non-empty string`);
    const config: KeyConfig = {
      key: entry.key,
      monthlyLimit: number(String(entry.monthly_limit ?? 100), `${at}.monthly_limit`, { min: 0, integer: true })!,
    };
    if (entry.rate_limit) {
      config.rateLimit = {
        requests: number(String(entry.rate_limit.requests ?? DEFAULT_RATE_LIMIT.requests), `${at}.rate_limit.requests`, { min: 0, integer: true })!,
        windowSeconds: number(String(entry.rate_limit.window_seconds ?? DEFAULT_RATE_LIMIT.windowSeconds), `${at}.rate_limit.window_seconds`, {
          min: 1,
        })!,
      };
    }
    if (entry.user) config.user = entry.user;
    if (entry.plan) config.plan = entry.plan;
    return config;
  });
}

function number(text: string | undefined, name: string, rule: { min?: number; max?: number; integer?: boolean }): number | undefined {
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  const ok =
    text.trim() !== "" &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max);
  if (!ok) {
    const range = [rule.min !== undefined ? `≥ ${rule.min}` : "", rule.max !== undefined ? `≤ ${rule.max}` : ""].filter(Boolean).join(" and ");
    throw new ConfigError(`${name} must be a${rule.integer ? " whole" : ""} number${range ? ` ${range}` : ""}, got ${JSON.stringify(text.slice(0, 20))}`);
  }
  return value;
}
