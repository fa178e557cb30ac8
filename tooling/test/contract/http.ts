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

// Prism replaces the list with a sentence when it is long ("Too many violations…").
function parseViolations(header: string | null): Answer["violations"] {
  if (!header) return [];
  return header.startsWith("[") ? JSON.parse(header) : [{ location: [], code: "truncated", message: header }];
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
