/**
 * Every way a command can fail, as one description: the exit code, a message for people and the
 * fields a script needs (the `error` object of the `--json` output; schemas/error.json).
 */
import {
  APIError,
  ConnectionError,
  ERROR_CODES,
  FAILURE_CODES,
  GenerationFailedError,
  ValidationError,
  VideoGenError,
  WaitTimeoutError,
} from "@videogenapi/sdk";
import { CommanderError } from "commander";
import { Interrupted, NotReadyError, UsageError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { FLAG_OF_FIELD } from "../request-flags.ts";
import { stateText } from "./generation-text.ts";

export interface ErrorDocument {
  /** The error's class: an SDK error name (APIError, AuthenticationError, …) or UsageError, Interrupted, NotReadyError. */
  kind: string;
  message: string;
  exit_code: number;
  /** What to do about it, when known. */
  hint?: string;
  /** The flag (or `<prompt>`) whose value was refused. */
  flag?: string;
  /** HTTP status, error code, parameter and request id of an API error. */
  status?: number;
  code?: string;
  param?: string;
  request_id?: string;
  generation_id?: string;
  /** The command that picks up where this one stopped. */
  resume?: string;
  /** Every problem of a 400 or of the checks before sending, one per field (only when there are several). */
  errors?: Problem[];
}

/** One field at fault: the request field, and the flag that set it where the CLI checked it. */
export interface Problem {
  param: string;
  message: string;
  flag?: string;
}

/** Flags of the commands other than generate whose values the CLI checks itself. */
const OTHER_FLAGS: Record<string, string> = { limit: "--limit", page: "--page" };

const lookup = (table: Record<string, string>, key: string | undefined) => (key === undefined ? undefined : table[key]);

/** Leaves out a hint that only repeats the message (a failure's message is often the catalog's advice). */
export function describeError(error: unknown): ErrorDocument {
  const doc = describe(error);
  if (doc.hint && doc.message.includes(doc.hint)) delete doc.hint;
  return doc;
}

function describe(error: unknown): ErrorDocument {
  if (error instanceof CommanderError) {
    return { kind: "UsageError", message: error.message.replace(/^error: /, ""), exit_code: EXIT.usage };
  }
  if (error instanceof UsageError) return { kind: error.name, message: error.message, exit_code: EXIT.usage, hint: error.hint };
  if (error instanceof ValidationError) {
    const flagOf = (param: string) => lookup(FLAG_OF_FIELD, param) ?? lookup(OTHER_FLAGS, param);
    const flag = flagOf(error.param);
    const doc: ErrorDocument = { kind: error.name, message: flag ? `${flag}: ${error.message}` : error.message, exit_code: EXIT.usage, flag, param: error.param };
    const several = error.errors.length > 1;
    if (several) {
      doc.message = `${error.errors.length} problems:`;
      doc.errors = error.errors.map(({ param, message }) => ({ param, message, ...(flagOf(param) && { flag: flagOf(param) }) }));
    }
    return doc;
  }
  if (error instanceof Interrupted || error instanceof NotReadyError) {
    const exit_code = error instanceof Interrupted ? EXIT.interrupted : EXIT.apiError;
    return { kind: error.name, message: error.message, exit_code, generation_id: error.generationId, resume: error.resume };
  }
  if (error instanceof GenerationFailedError) {
    const { code } = error.failure;
    return { kind: error.name, message: error.message, exit_code: EXIT.generationFailed, code, generation_id: error.generationId, hint: lookup(FAILURE_CODES, code) };
  }
  if (error instanceof WaitTimeoutError) {
    const state = error.generation ? ` (still ${stateText(error.generation)})` : "";
    const message = `Timed out waiting for ${error.generationId}${state}; the generation goes on.`;
    return { kind: error.name, message, exit_code: EXIT.timedOut, generation_id: error.generationId, resume: `videogen wait ${error.generationId}` };
  }
  if (error instanceof APIError) {
    const several = error.errors.length > 1;
    return {
      kind: error.name,
      // With several problems the head line says how many and each gets a line of its own.
      message: several ? `${error.status} ${error.code}: ${error.errors.length} problems:` : error.message,
      ...(several && { errors: error.errors.map(({ param, message }) => ({ param, message })) }),
      exit_code: EXIT.apiError,
      status: error.status,
      code: error.code,
      param: error.param,
      request_id: error.requestId,
      generation_id: error.generationId,
      hint: lookup(ERROR_CODES, error.code),
    };
  }
  if (error instanceof ConnectionError) {
    return { kind: error.name, message: error.message, exit_code: EXIT.apiError, hint: "Check --base-url / VIDEOGEN_BASE_URL and the network." };
  }
  if (error instanceof VideoGenError || error instanceof Error) return { kind: error.name, message: error.message, exit_code: EXIT.apiError };
  return { kind: "Error", message: String(error), exit_code: EXIT.apiError };
}

/**
 * Replaces the secret (the API key) in every text of the description, wherever it got in. Keys
 * shorter than 4 characters are left alone: no real key is that short, and scrubbing one letter
 * would garble every message.
 */
export function redact(doc: ErrorDocument, secret: string | undefined): ErrorDocument {
  if (!secret || secret.length < 4) return doc;
  const scrub = (value: unknown) => (typeof value === "string" ? value.replaceAll(secret, "[redacted]") : value);
  return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, scrub(v)])) as unknown as ErrorDocument;
}
