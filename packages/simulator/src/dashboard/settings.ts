/**
 * The knobs the dashboard turns at run time: speed, the random failure rate and the server-wide
 * fault shares. Each is read afresh per request (speed when a generation is accepted, so a change
 * applies to new generations; those already scheduled keep their timeline).
 */
import { ApiError } from "../http/errors.ts";
import type { ResolvedOptions } from "../options.ts";

export interface Settings {
  speed: number;
  failure_rate: number;
  fault_latency_ms: number;
  fault_error_rate: number;
  fault_429_rate: number;
  fault_drop_rate: number;
}

export function readSettings(options: ResolvedOptions): Settings {
  return {
    speed: options.speed,
    failure_rate: options.failures.rate,
    fault_latency_ms: options.faults.latencyMs,
    fault_error_rate: options.faults.errorRate,
    fault_429_rate: options.faults.rateLimitRate,
    fault_drop_rate: options.faults.dropRate,
  };
}

type Check = (value: number) => boolean;
const share: Check = (value) => value >= 0 && value <= 1;
const CHECKS: Record<keyof Settings, [Check, string]> = {
  speed: [(value) => value > 0 && value <= 1_000_000, "a number above 0 (at most 1000000)"],
  failure_rate: [share, "a share from 0 to 1"],
  fault_latency_ms: [(value) => Number.isInteger(value) && value >= 0 && value <= 60_000, "whole milliseconds from 0 to 60000"],
  fault_error_rate: [share, "a share from 0 to 1"],
  fault_429_rate: [share, "a share from 0 to 1"],
  fault_drop_rate: [share, "a share from 0 to 1"],
};

/** Validates every field first, then changes the live options in place (the middleware holds them). */
export function applySettings(options: ResolvedOptions, body: unknown): Settings {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new ApiError("invalid_json", "Send a JSON object of settings.");
  const changes = Object.entries(body as Record<string, unknown>);
  for (const [name, value] of changes) {
    const check = CHECKS[name as keyof Settings];
    if (!check) throw new ApiError("unknown_parameter", `${name.slice(0, 40)} is not a setting; use ${Object.keys(CHECKS).join(", ")}.`, name.slice(0, 40));
    if (typeof value !== "number" || !Number.isFinite(value) || !check[0](value)) {
      throw new ApiError("invalid_parameter", `${name} must be ${check[1]}.`, name);
    }
  }
  const { faults, failures } = options;
  const sharesAfter = { error: faults.errorRate, limit: faults.rateLimitRate, drop: faults.dropRate };
  for (const [name, value] of changes as [keyof Settings, number][]) {
    if (name === "fault_error_rate") sharesAfter.error = value;
    if (name === "fault_429_rate") sharesAfter.limit = value;
    if (name === "fault_drop_rate") sharesAfter.drop = value;
  }
  if (sharesAfter.error + sharesAfter.limit + sharesAfter.drop > 1) {
    throw new ApiError("invalid_parameter", "The three fault shares together must be at most 1.", "fault_error_rate");
  }
  for (const [name, value] of changes as [keyof Settings, number][]) {
    if (name === "speed") options.speed = value;
    else if (name === "failure_rate") failures.rate = value;
    else if (name === "fault_latency_ms") faults.latencyMs = value;
    else if (name === "fault_error_rate") faults.errorRate = value;
    else if (name === "fault_429_rate") faults.rateLimitRate = value;
    else faults.dropRate = value;
  }
  return readSettings(options);
}
