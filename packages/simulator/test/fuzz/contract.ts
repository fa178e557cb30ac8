/**
 * What the fuzz test knows about the API, all read from the bundled spec: the operations, their
 * parameters and body, the statuses each declares, and checks of an answer's headers and body
 * against what the spec declares for that status.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { contractErrors, spec } from "../helpers/contract.ts";

type Json = Record<string, any>;

export interface Parameter {
  name: string;
  in: "query" | "path" | "header";
  required: boolean;
  schema: Json;
}

export interface Operation {
  /** e.g. `GET /v1/user`. */
  key: string;
  path: string;
  /** The spec's (lower-case) method. */
  method: string;
  parameters: Parameter[];
  body?: { schema: Json; maxBytes: number };
  /** The statuses the spec declares for it. */
  statuses: ReadonlySet<number>;
  authenticated: boolean;
}

export interface PathEntry {
  template: string;
  pattern: RegExp;
  operations: Operation[];
  /** What `Allow` must list: the operations, HEAD wherever GET is (HTTP), OPTIONS (CORS preflight). */
  allowed: ReadonlySet<string>;
}

/** Operation keys of an OpenAPI 3.1 path item. */
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export const deref = (node: Json): Json => {
  let current = node;
  while (current?.$ref) current = current.$ref.slice(2).split("/").reduce((at: Json, key: string) => at[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  return current;
};

export const PATHS: PathEntry[] = Object.entries(spec.paths as Json).map(([template, item]) => {
  const shared: Json[] = item.parameters ?? [];
  const operations = METHODS.filter((method) => item[method]).map((method): Operation => {
    const operation = item[method];
    const body = operation.requestBody ? deref(operation.requestBody) : undefined;
    const security = operation.security ?? spec.security ?? [];
    return {
      key: `${method.toUpperCase()} ${template}`,
      path: template,
      method,
      parameters: [...shared, ...(operation.parameters ?? [])].map(deref) as Parameter[],
      ...(body
        ? { body: { schema: body.content["application/json"].schema, maxBytes: body["x-max-body-bytes"] } }
        : {}),
      statuses: new Set(Object.keys(operation.responses).map(Number)),
      authenticated: security.some((requirement: Json) => Object.keys(requirement).length > 0),
    };
  });
  const allowed = new Set(operations.map((operation) => operation.method.toUpperCase()));
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return { template, pattern: new RegExp(`^${source}$`), operations, allowed };
});

export const OPERATIONS: Operation[] = PATHS.flatMap((entry) => entry.operations);

/**
 * The spec path a request target falls under, resolved as a server does: dot segments and
 * `%2e` removed (WHATWG URL), then percent-decoding that keeps `%2F` (decodeURI), so an encoded
 * slash stays inside one segment.
 */
export function routeOf(target: string): PathEntry | undefined {
  let path: string;
  try {
    path = new URL(target, "http://localhost").pathname;
  } catch {
    return undefined;
  }
  try {
    path = decodeURI(path);
  } catch {
    // Invalid percent sequences stay as they are; the segment structure is the same.
  }
  return PATHS.find((entry) => entry.pattern.test(path));
}

/** The operation that answers `method` on a path; HEAD falls back to GET, as HTTP defines it. */
export function operationFor(entry: PathEntry, method: string): Operation | undefined {
  const lower = method.toLowerCase();
  if (method !== method.toUpperCase()) return undefined;
  return entry.operations.find((operation) => operation.method === lower) ?? (lower === "head" ? entry.operations.find((operation) => operation.method === "get") : undefined);
}

/** The response object an operation declares for a status (`$ref`s followed). */
export function declaredResponse(operation: Operation, status: number): Json | undefined {
  const response = spec.paths[operation.path][operation.method].responses[String(status)];
  return response ? deref(response) : undefined;
}

// Header values arrive as strings: coerce them to the declared type before validating.
const headerAjv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
(addFormats as unknown as { default: (a: Ajv2020) => void }).default(headerAjv);
const bodyAjv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as { default: (a: Ajv2020) => void }).default(bodyAjv);
bodyAjv.addSchema(spec, "openapi");

const headerValidators = new Map<string, ReturnType<typeof headerAjv.compile>>();

/** Problems with the headers the spec declares for this answer: required ones missing, values off their schema. */
export function headerProblems(operation: Operation, status: number, headers: Headers): string[] {
  const problems: string[] = [];
  for (const [name, declared] of Object.entries((declaredResponse(operation, status)?.headers ?? {}) as Json)) {
    const header = deref(declared);
    const value = headers.get(name);
    if (value === null) {
      if (header.required) problems.push(`${status} without its required ${name} header`);
      continue;
    }
    const holder = { value };
    const id = `${operation.key} ${status} ${name}`;
    let validate = headerValidators.get(id);
    if (!validate) headerValidators.set(id, (validate = headerAjv.compile({ type: "object", properties: { value: header.schema } })));
    if (!validate(holder)) problems.push(`${name}: ${JSON.stringify(value)} ${validate.errors?.[0]?.message}`);
  }
  return problems;
}

/** Problems of a JSON body against the schema the operation declares for the status ([] if it conforms). */
export function bodyProblems(operation: Operation, status: number, body: unknown): string[] {
  return contractErrors(operation.path, operation.method, status, body);
}

/** Whether the spec declares a JSON body for this answer (else: a file, or nothing). */
export function declaresJson(operation: Operation, status: number): boolean {
  return declaredResponse(operation, status)?.content?.["application/json"] !== undefined;
}

const validateError = bodyAjv.getSchema("openapi#/components/schemas/Error")!;

/** Problems of a body against the contract's error body (for answers outside any operation). */
export function errorBodyProblems(body: unknown): string[] {
  return validateError(body) ? [] : (validateError.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The example completed generation of the contract (the simulator seeds it for the development key). */
export const EXAMPLE_GENERATION_ID: string = spec.components.examples.StatusCompleted.value.generation_id;
