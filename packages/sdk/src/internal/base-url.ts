/**
 * The base URL every request starts from: the `baseUrl` option, else VIDEOGEN_BASE_URL, else the
 * contract's first server. Checked once, here, so a wrong one fails at construction naming itself —
 * not on every request as if the network had failed.
 */
import { env } from "../adapter/env.ts";
import { DEFAULT_BASE_URL } from "../generated/models.ts";

export function baseUrl(option: string | undefined): string {
  // An empty variable counts as unset (as in shells); an empty option does not.
  const value = option ?? (env("VIDEOGEN_BASE_URL") || DEFAULT_BASE_URL);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  // Only an http(s) origin and a path: credentials, a query or a fragment would end up inside every request's URL.
  if (!url?.origin.startsWith("http") || url.href !== url.origin + url.pathname) {
    const source = option === undefined ? " (from VIDEOGEN_BASE_URL)" : "";
    throw new TypeError(`baseUrl ${JSON.stringify(value)}${source} is not a plain http(s) URL, e.g. "http://127.0.0.1:4010"`);
  }
  // The API's paths start with /v1, and its docs write the base URL with it: drop it rather than request /v1/v1/….
  return url.href.replace(/(\/v1)?\/*$/, "");
}
