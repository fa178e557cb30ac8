/**
 * @module Reads the SDK's environment variables (VIDEOGEN_API_KEY, VIDEOGEN_BASE_URL) where the
 * runtime has an environment: `process.env` in Node, Bun and Deno 2 (where reading a variable
 * without `--allow-env` for it throws). Elsewhere (browsers, Workers) it is undefined.
 */
export function env(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {}
}
