/**
 * @module Reads VIDEOGEN_API_KEY where the runtime has an environment (Node, Bun: `process.env`;
 * Deno: `Deno.env`, which throws without --allow-env). Elsewhere (browsers, Workers) it is undefined.
 */
type Env = { process?: { env?: Record<string, string | undefined> }; Deno?: { env: { get(name: string): string | undefined } } };

export function envApiKey(): string | undefined {
  const g = globalThis as Env;
  try {
    return g.process?.env?.VIDEOGEN_API_KEY ?? g.Deno?.env.get("VIDEOGEN_API_KEY");
  } catch {
    return undefined;
  }
}
