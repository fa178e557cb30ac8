/** Small request helpers for the contract tests: JSON in, status + parsed body + violations out. */
export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  /** Prism's `sl-violations` header, parsed: which parts of the request broke the contract. */
  violations: Array<{ location: string[]; code: string | number; message: string }>;
}

export const bearer = { authorization: "Bearer lt_contract_test_key" };

export async function send(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(base + path, init);
  const text = await response.text();
  const violations = response.headers.get("sl-violations");
  return {
    status: response.status,
    headers: response.headers,
    body: text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text,
    violations: parseViolations(violations),
  };
}

// Prism prefixes a long list with "Too many violations! " and cuts it at about 8 KB: the complete
// entries before the cut are kept (a request body's oneOf of every model's shapes fills it fast).
const violationEntry = /\{"location":(\[[^\]]*\]),"severity":"\w+","code":("[^"]*"|\d+),"message":("(?:[^"\\]|\\.)*")\}/g;
function parseViolations(header: string | null): Answer["violations"] {
  if (!header) return [];
  if (header.startsWith("[")) return JSON.parse(header);
  return [...header.matchAll(violationEntry)].map(([, location, code, message]) => ({
    location: JSON.parse(location!),
    code: JSON.parse(code!),
    message: JSON.parse(message!),
  }));
}

export function postJson(base: string, body: unknown, headers: Record<string, string> = bearer): Promise<Answer> {
  return send(base, "/v1/generate", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** The body fields a violation list points at, e.g. ["prompt", "duration"]. */
export const violatedFields = (answer: Answer) =>
  [...new Set(answer.violations.map((v) => v.location.slice(2).join(".")).filter(Boolean))];
