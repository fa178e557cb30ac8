/**
 * The paths of the contract and the methods each one offers, read from the spec: what a `405`
 * answers with (`Allow`), and which requests name no path at all (`404`).
 */
import { spec } from "../contract/spec.ts";
import { ApiError } from "./errors.ts";

/** Operation keys of an OpenAPI 3.1 path item, in the order `Allow` lists them. */
const OPERATIONS = ["get", "head", "post", "put", "patch", "delete", "options", "trace"] as const;

export interface PathMethods {
  /** The spec's path, e.g. `/v1/status/{generation_id}`. */
  template: string;
  /** Upper-case methods: the spec's operations, HEAD wherever GET is, and OPTIONS (CORS preflights). */
  methods: readonly string[];
  /** The `Allow` header value, e.g. `GET, HEAD, OPTIONS`. */
  allow: string;
}

const ROUTES: ReadonlyArray<PathMethods & { pattern: RegExp }> = Object.entries(spec.paths).map(([template, item]) => {
  const offered = new Set<string>(OPERATIONS.filter((method) => method in item));
  // HTTP answers HEAD wherever it answers GET (Hono does so too); every path answers CORS preflights.
  if (offered.has("get")) offered.add("head");
  offered.add("options");
  const methods = OPERATIONS.filter((method) => offered.has(method)).map((method) => method.toUpperCase());
  // A `{parameter}` is one non-empty path segment, as in the router.
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return { template, methods, allow: methods.join(", "), pattern: new RegExp(`^${source}$`) };
});

/** The contract path a request path falls under, or undefined when it names none. */
export function pathMethods(path: string): PathMethods | undefined {
  return ROUTES.find((route) => route.pattern.test(path));
}

/** The answer to a request whose path or method is not in the contract (404, or 405 with `Allow`), if it is not. */
export function refuseRoute(method: string, path: string): ApiError | undefined {
  const route = pathMethods(path);
  if (!route) return routeNotFound(method, path);
  if (route.methods.includes(method)) return undefined;
  const offered = route.methods.join(", ").replace(/, (\w+)$/, " or $1");
  return new ApiError("method_not_allowed", `${shortMethod(method)} is not a method of ${route.template}; use ${offered}.`, undefined, {
    allow: route.allow,
  });
}

export function routeNotFound(method: string, path: string): ApiError {
  return new ApiError("not_found", `${shortMethod(method)} ${printablePath(path)} is not an endpoint of this API.${prefixHint(path)}`);
}

/**
 * The public docs write the base URL as https://videogenapi.com/api/v1, so `/api/v1/...` is the
 * likeliest wrong path: `/api` belongs to the production server URL, and paths start at `/v1`.
 */
function prefixHint(path: string): string {
  const match = /^\/api(\/v1(?:\/.*)?)$/.exec(path);
  if (!match) return "";
  const meant = match[1]!;
  const known = pathMethods(meant) ? ` Did you mean ${printablePath(meant)}?` : "";
  return `${known} Paths start at /v1; the public docs' /api prefix belongs to the production server URL (https://videogenapi.com/api) and is not used here.`;
}

function shortMethod(method: string): string {
  return method.length > 20 ? `${method.slice(0, 17)}...` : method;
}

function printablePath(path: string): string {
  const printable = path.replace(/[^\x21-\x7e]/g, "?");
  return printable.length > 100 ? `${printable.slice(0, 97)}...` : printable;
}
