/**
 * @module Reads VIDEOGEN_API_KEY where the runtime has an environment: `process.env` in Node, Bun
 * and Deno 2 (where reading it without --allow-env throws). Elsewhere (browsers, Workers) it is undefined.
 */
export function envApiKey(): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VIDEOGEN_API_KEY;
  } catch {
    return undefined;
  }
}
