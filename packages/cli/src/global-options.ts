/** The options every command takes, and what they turn into: a client and an output mode. */
import { validateGenerateRequest, VideoGen } from "@videogenapi/sdk";
import { UsageError } from "./errors.ts";

export interface GlobalOptions {
  /** From `--api-key`, else VIDEOGEN_API_KEY (commander reads the variable). */
  apiKey?: string;
  /** From `--base-url`, else VIDEOGEN_BASE_URL. */
  baseUrl?: string;
  json?: boolean;
  quiet?: boolean;
}

export type OutputMode = "human" | "quiet" | "json";

export const outputMode = (o: GlobalOptions): OutputMode => (o.json ? "json" : o.quiet ? "quiet" : "human");

/** A client for the command; every generate request is checked against every rule of the contract first. */
/** `check: false` sends generate requests unchecked (generate --no-check): the API judges them. */
export function createClient(o: GlobalOptions, check = true): VideoGen {
  if (!o.apiKey) throw new UsageError("No API key.", "Set VIDEOGEN_API_KEY or pass --api-key.");
  try {
    return new VideoGen({ apiKey: o.apiKey, baseUrl: o.baseUrl || undefined, validate: check && validateGenerateRequest });
  } catch (error) {
    // The SDK checks the base URL at once, and its message names the value (never the key).
    if (error instanceof TypeError) throw new UsageError(`--base-url / VIDEOGEN_BASE_URL: ${error.message}`);
    throw error;
  }
}
