/**
 * Settings as text — command-line flags, environment variables, Worker vars and secrets — turned
 * into options. Shared by every home so a setting means the same everywhere; each message names
 * the setting to fix and never quotes a key.
 */
import { DEFAULT_RATE_LIMIT, type KeyConfig } from "../options.ts";

/** A setting that cannot be used. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** The number in `text` (undefined when unset or empty), or a ConfigError naming `name`. */
export function parseNumber(text: string | undefined, name: string, rule: NumberRule): number | undefined {
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

/** One key as `KEY` or `KEY:MONTHLY_LIMIT`. */
export function parseKey(text: string, name: string): KeyConfig {
  const colon = text.lastIndexOf(":");
  if (colon === -1) return { key: text, monthlyLimit: 100 };
  return { key: text.slice(0, colon), monthlyLimit: parseNumber(text.slice(colon + 1), name, { min: 0, integer: true })! };
}

interface KeyEntry {
  key?: unknown;
  monthly_limit?: unknown;
  rate_limit?: { requests?: unknown; window_seconds?: unknown };
  user?: { name?: string; email?: string };
  plan?: { key: string; name: string };
}

/** Keys as `KEY[:LIMIT],…` or the keys-file JSON `[{key, monthly_limit, rate_limit?, user?, plan?}]`. */
export function parseKeys(text: string, source: string): KeyConfig[] {
  if (!text.trim().startsWith("[")) {
    return text
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry, index) => parseKey(entry, `${source} entry ${index + 1}'s monthly limit`));
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
      monthlyLimit: parseNumber(String(entry.monthly_limit ?? 100), `${at}.monthly_limit`, { min: 0, integer: true })!,
    };
    if (entry.rate_limit) {
      const { requests, window_seconds } = entry.rate_limit;
      config.rateLimit = {
        requests: parseNumber(String(requests ?? DEFAULT_RATE_LIMIT.requests), `${at}.rate_limit.requests`, { min: 0, integer: true })!,
        windowSeconds: parseNumber(String(window_seconds ?? DEFAULT_RATE_LIMIT.windowSeconds), `${at}.rate_limit.window_seconds`, { min: 1 })!,
      };
    }
    if (entry.user) config.user = entry.user;
    if (entry.plan) config.plan = entry.plan;
    return config;
  });
}
