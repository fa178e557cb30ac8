/**
 * The `videogen-simulator` command line: flags (node:util parseArgs), each also settable by an
 * environment variable VIDEOGEN_SIM_<FLAG> (flags win), turned into server options.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, parseKey, parseKeys, parseNumber, type NumberRule } from "../../config/parse.ts";
import { DEFAULT_RATE_LIMIT, type KeyConfig } from "../../options.ts";

export { ConfigError };
import type { NodeSimulatorOptions } from "./server.ts";

type FlagType = "string" | "boolean";
interface Flag {
  type: FlagType;
  help: string;
  multiple?: boolean;
  short?: string;
}

export const FLAGS = {
  host: { type: "string", help: "Interface to listen on (default 127.0.0.1)" },
  port: { type: "string", short: "p", help: "Port (default 4010; 0 picks a free one)" },
  "public-url": { type: "string", help: "Base of video_url (default: the request's origin)" },
  speed: { type: "string", help: "Simulated seconds per real second (default 10)" },
  workers: { type: "string", help: "Generations processed at once (default 2)" },
  "data-dir": { type: "string", help: "Keep state (SQLite, simulator.db) and rendered videos here across restarts (default: in memory)" },
  "dev-key": { type: "string", help: "The development key (default lt_dev_videogen_local)" },
  "disable-dev-key": { type: "boolean", help: "Accept only the keys given with --key/--keys-file" },
  "monthly-limit": { type: "string", help: "Monthly limit of the development key (default 100)" },
  "no-docs-example": { type: "boolean", help: "Do not give the development key the docs' example generation" },
  key: { type: "string", multiple: true, help: "Another key, as KEY or KEY:MONTHLY_LIMIT (repeatable)" },
  "keys-file": { type: "string", help: "JSON file: [{key, monthly_limit, rate_limit?: {requests, window_seconds}}]" },
  "rate-limit": { type: "string", help: "Requests per key per window (default 100; 0 = off)" },
  "rate-window": { type: "string", help: "Rate-limit window in seconds (default 1)" },
  "max-body-bytes": { type: "string", help: "Largest accepted body (default: the contract's x-max-body-bytes)" },
  "failure-rate": { type: "string", help: "Share of generations that fail at random, 0-1 (default 0)" },
  "failure-seed": { type: "string", help: "Seed of the random failures (default 1)" },
  "failure-code": { type: "string", help: "Code of random failures (default model_error)" },
  "fault-latency": { type: "string", help: "Milliseconds added to every answer (default 0)" },
  "fault-error-rate": { type: "string", help: "Share of requests answered 5xx, 0-1 (default 0)" },
  "fault-429-rate": { type: "string", help: "Share of requests answered 429 rate_limited, 0-1 (default 0)" },
  "fault-drop-rate": { type: "string", help: "Share of connections dropped unanswered, 0-1 (default 0)" },
  "fault-seed": { type: "string", help: "Seed of the server-wide faults (default 1)" },
  "disable-fault-header": { type: "boolean", help: "Ignore the X-Simulator-Fault request header" },
  "headers-timeout": { type: "string", help: "Milliseconds a request's headers may take before 408 (default 60000)" },
  "docs-dir": { type: "string", help: "A built docs site to serve at /docs (e.g. apps/docs/dist)" },
  ffmpeg: { type: "string", help: "ffmpeg binary (default: bundled static build, else ffmpeg on PATH)" },
  font: { type: "string", help: "TrueType font for the prompt overlay" },
  "render-timeout": { type: "string", help: "Milliseconds a video render may take before it is killed (default 120000)" },
  "no-prerender": { type: "boolean", help: "Render a video on its first download, not while the job runs" },
  quiet: { type: "boolean", short: "q", help: "Do not log requests" },
  help: { type: "boolean", short: "h", help: "Show this help" },
  version: { type: "boolean", help: "Show the version" },
} satisfies Record<string, Flag>;

export type FlagName = keyof typeof FLAGS;

export interface CliResult {
  options: NodeSimulatorOptions;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export function envName(flag: string): string {
  return `VIDEOGEN_SIM_${flag.toUpperCase().replace(/-/g, "_")}`;
}

export function parseCli(argv: string[], env: Record<string, string | undefined>): CliResult {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const get = (flag: FlagName): string | undefined => {
    const value = values[flag];
    if (typeof value === "string") return value;
    return env[envName(flag)] || undefined;
  };
  const on = (flag: FlagName): boolean => values[flag] === true || /^(1|true|yes)$/i.test(env[envName(flag)] ?? "");

  const keys: KeyConfig[] = [
    ...((values.key as string[] | undefined) ?? []).map((text) => parseKey(text, "--key's monthly limit")),
    ...(env.VIDEOGEN_SIM_KEYS ? parseKeys(env.VIDEOGEN_SIM_KEYS, "VIDEOGEN_SIM_KEYS") : []),
    ...(get("keys-file") ? parseKeys(readFileSync(get("keys-file")!, "utf8"), get("keys-file")!) : []),
  ];
  const rateRequests = number(get("rate-limit"), "rate-limit", { min: 0, integer: true });
  const rateWindow = number(get("rate-window"), "rate-window", { min: 1 });

  const options: NodeSimulatorOptions = {
    host: get("host") ?? "127.0.0.1",
    port: number(get("port"), "port", { min: 0, max: 65535, integer: true }) ?? 4010,
    ...(get("public-url") ? { publicUrl: url(get("public-url")!) } : {}),
    ...(get("data-dir") ? { dataDir: get("data-dir")! } : {}),
    ...(get("ffmpeg") ? { ffmpeg: get("ffmpeg")! } : {}),
    ...(get("docs-dir") ? { docsDir: get("docs-dir")! } : {}),
    ...(get("font") ? { font: get("font")! } : {}),
    devKey: on("disable-dev-key") ? false : (get("dev-key") ?? undefined),
    ...(on("no-docs-example") ? { docsExample: false } : {}),
    keys,
    rateLimit: { requests: rateRequests ?? DEFAULT_RATE_LIMIT.requests, windowSeconds: rateWindow ?? DEFAULT_RATE_LIMIT.windowSeconds },
  };
  assign(options, "speed", number(get("speed"), "speed", { min: 0.001 }));
  assign(options, "workers", number(get("workers"), "workers", { min: 1, integer: true }));
  assign(options, "devMonthlyLimit", number(get("monthly-limit"), "monthly-limit", { min: 0, integer: true }));
  assign(options, "headersTimeoutMs", number(get("headers-timeout"), "headers-timeout", { min: 1, integer: true }));
  const renderTimeout = number(get("render-timeout"), "render-timeout", { min: 1, integer: true });
  if (renderTimeout !== undefined || on("no-prerender")) {
    options.render = { ...defined("timeoutMs", renderTimeout), ...(on("no-prerender") ? { prerender: false } : {}) };
  }
  assign(options, "maxBodyBytes", number(get("max-body-bytes"), "max-body-bytes", { min: 1, integer: true }));
  options.failures = {
    ...defined("rate", number(get("failure-rate"), "failure-rate", { min: 0, max: 1 })),
    ...defined("seed", number(get("failure-seed"), "failure-seed", { integer: true })),
    ...defined("code", get("failure-code")),
  };
  options.faults = {
    ...defined("latencyMs", number(get("fault-latency"), "fault-latency", { min: 0, integer: true })),
    ...defined("errorRate", number(get("fault-error-rate"), "fault-error-rate", { min: 0, max: 1 })),
    ...defined("rateLimitRate", number(get("fault-429-rate"), "fault-429-rate", { min: 0, max: 1 })),
    ...defined("dropRate", number(get("fault-drop-rate"), "fault-drop-rate", { min: 0, max: 1 })),
    ...defined("seed", number(get("fault-seed"), "fault-seed", { integer: true })),
    ...(on("disable-fault-header") ? { header: false } : {}),
  };
  return { options, quiet: on("quiet"), help: values.help === true, version: values.version === true };
}

export function helpText(): string {
  const rows = Object.entries(FLAGS as Record<string, Flag>).map(([name, flag]) => {
    const left = `${flag.short ? `-${flag.short}, ` : "    "}--${name}${flag.type === "string" ? " <value>" : ""}`;
    return `  ${left.padEnd(34)} ${flag.help}`;
  });
  return [
    "Usage: videogen-simulator [options]",
    "",
    "A stateful local VideoGen API. Every option can also be set as VIDEOGEN_SIM_<OPTION>",
    "(e.g. VIDEOGEN_SIM_SPEED=60); VIDEOGEN_SIM_KEYS takes KEY[:LIMIT],… or the keys-file JSON.",
    "",
    ...rows,
  ].join("\n");
}

/** A number flag (or its variable), named as the user typed it. */
function number(text: string | undefined, name: string, rule: NumberRule): number | undefined {
  return parseNumber(text, `--${name}`, rule);
}

function url(text: string): string {
  try {
    const parsed = new URL(text);
    if (!/^https?:$/.test(parsed.protocol)) throw new Error("not http(s)");
    return text.replace(/\/+$/, "");
  } catch {
    throw new ConfigError(`--public-url must be an http(s) URL, got ${JSON.stringify(text)}`);
  }
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function assign<K extends keyof NodeSimulatorOptions>(target: NodeSimulatorOptions, key: K, value: NodeSimulatorOptions[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
