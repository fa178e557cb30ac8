/**
 * Where in the API a diff path points: which operation, which part of it (request, an answer, a
 * parameter, a header), whether that part is sent by the client (input) or by the server
 * (output), and the path inside its schema.
 */
type Segment = string | number;

export type Direction = "input" | "output" | "none";

export interface Location {
  /** "POST /v1/generate", a bare path for a whole path item, or the top-level document key. */
  where: string;
  part?: string;
  direction: Direction;
  /** Segments from the part's schema root to the changed node, when the change is in a schema. */
  schemaPath?: Segment[];
  /** Segments from the document root to the part's schema root. */
  schemaRoot?: Segment[];
  /** What the change is to, when it is not inside a schema: "response", "example `X`", "parameter". */
  subject?: string;
}

const annotation = (key: Segment) => ["description", "example", "examples", "summary"].includes(String(key));

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

export const getAt = (root: unknown, path: Segment[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), root);

const parameterName = (parameter: unknown): string | undefined => {
  if (parameter === null || typeof parameter !== "object") return undefined;
  const { in: where, name } = parameter as { in?: string; name?: string };
  return name ? `${where ?? ""} parameter \`${name}\``.trim() : undefined;
};

/** `docs` are the normalised before/after documents, to name parameters by their index. */
export function locate(path: Segment[], docs: { before: unknown; after: unknown }): Location {
  const [top, route, method, section, ...rest] = path;
  if (top === "components") return { where: "components", direction: "none" };
  if (top !== "paths" || typeof route !== "string") return { where: path.slice(0, 2).join("."), direction: "none" };
  if (method === undefined) return { where: `\`${route}\``, direction: "none", subject: "endpoint" };
  if (typeof method !== "string" || !httpMethods.has(method)) {
    return { where: `\`${route}\``, direction: "none", subject: String(method) };
  }
  const where = `\`${method.toUpperCase()} ${route}\``;
  const base = ["paths", route, method];
  if (section === undefined) return { where, direction: "none", subject: "operation" };

  if (section === "requestBody") {
    const [content, media, kind, ...inner] = rest;
    const part = "request";
    if (content !== "content") return { where, part, direction: "input", subject: content === undefined ? "request body" : String(content) };
    if (kind === "schema") return { where, part, direction: "input", schemaPath: inner, schemaRoot: [...base, section, "content", media!, "schema"] };
    if (kind === "examples" || kind === "example") return { where, part, direction: "none", subject: inner.length ? `example \`${inner[0]}\`` : "examples" };
    return { where, part, direction: "input", subject: kind === undefined ? `media type \`${media}\`` : String(kind) };
  }

  if (section === "responses") {
    const [status, sub, key, kind, ...inner] = rest;
    const part = status === undefined ? "answers" : `answer ${status}`;
    if (status === undefined) return { where, part, direction: "output", subject: "responses" };
    if (sub === undefined) return { where, direction: "output", subject: `answer \`${status}\`` };
    if (sub === "content") {
      if (kind === "schema") return { where, part, direction: "output", schemaPath: inner, schemaRoot: [...base, section, status, "content", key!, "schema"] };
      if (kind === "examples" || kind === "example") return { where, part, direction: "none", subject: inner.length ? `example \`${inner[0]}\`` : "examples" };
      return { where, part, direction: "output", subject: kind === undefined ? `media type \`${key}\`` : String(kind) };
    }
    if (sub === "headers") {
      const header = `header \`${key}\``;
      if (kind === "schema") return { where, part: `${part}, ${header}`, direction: "output", schemaPath: inner, schemaRoot: [...base, section, status, "headers", key!, "schema"] };
      if (kind === undefined) return { where, part, direction: "output", subject: header };
      return { where, part: `${part} ${header}`, direction: annotation(kind) ? "none" : "output", subject: String(kind) };
    }
    return { where, part, direction: sub === "description" ? "none" : "output", subject: String(sub) };
  }

  if (section === "parameters") {
    const [index, kind, ...inner] = rest;
    const parameter = getAt(docs.before, [...base, section, index!]) ?? getAt(docs.after, [...base, section, index!]);
    const part = parameterName(parameter) ?? "parameter";
    if (kind === "schema") return { where, part, direction: "input", schemaPath: inner, schemaRoot: [...base, section, index!, "schema"] };
    return { where, part, direction: "input", subject: kind === undefined ? "parameter" : String(kind) };
  }

  return { where, direction: "none", subject: String(section) };
}
