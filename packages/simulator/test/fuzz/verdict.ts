/**
 * Judges one answer against the contract: the status is one the spec declares for the operation the
 * request reached (or the HTTP-level answer for a path or method the spec does not have), no 5xx
 * unless the request asked for that fault, a JSON body that validates against the declared schema,
 * the declared required headers, and an answer within the time limit.
 */
import type { Case } from "./cases.ts";
import { bodyProblems, declaresJson, errorBodyProblems, headerProblems, operationFor, routeOf, type Operation, type PathEntry } from "./contract.ts";
import type { Answer } from "./send.ts";

export const TIME_LIMIT_MS = 5_000;

export interface Verdict {
  /** What the answer is judged as: an operation's key, or why it is outside any. */
  reached: string;
  problems: string[];
}

export function judge(c: Case, answer: Answer): Verdict {
  const problems: string[] = [];
  if (answer.ms > TIME_LIMIT_MS) problems.push(`took ${Math.round(answer.ms)} ms (limit ${TIME_LIMIT_MS})`);
  const route = routeOf(c.target);
  const operation = route ? operationFor(route, c.method) : undefined;
  const reached = operation?.key ?? (c.method === "OPTIONS" ? "OPTIONS (CORS preflight)" : route ? `${c.method} ${route.template} (not offered)` : "no such path");

  if (answer.status === undefined) {
    const asked = c.kind === "http" && c.fault?.drop === true;
    // Headers over the limit with a body still going out: the server answers 431 and closes, and
    // the reset of the unread body may reach the client before it has read the answer (as with any
    // HTTP server). Only that: another case, or another error, is still a failure.
    const refusedMidBody = c.kind === "http" && c.expect?.status === 431 && c.body !== undefined && /\b(EPIPE|ECONNRESET)\b/.test(answer.error ?? "");
    if (!asked && !refusedMidBody) problems.push(`no answer: ${answer.error}`);
    return { reached, problems };
  }
  if (c.kind === "http" && c.fault?.drop && !expectedBefore(c, route, operation)) {
    problems.push(`asked to be dropped, but answered ${answer.status}`);
  }
  const status = answer.status;

  // A fault the request asked for, on an operation, answers with exactly that status.
  const faultStatus = c.kind === "http" && !expectedBefore(c, route, operation) ? c.fault?.status : undefined;
  if (status >= 500 && status !== faultStatus) problems.push(`${status} without asking for it`);
  if (faultStatus !== undefined && status !== faultStatus) problems.push(`asked for an injected ${faultStatus}, got ${status}`);

  const pinned = c.expect;
  if (pinned && status !== pinned.status) problems.push(`expected ${pinned.status}${pinned.code ? ` ${pinned.code}` : ""}, got ${status}`);

  const json = parseJson(answer);
  if (pinned && status === pinned.status && json.ok) {
    const error = (json.value as { error?: { code?: string; param?: string } })?.error;
    if (pinned.code && error?.code !== pinned.code) problems.push(`expected code ${pinned.code}, got ${error?.code}`);
    if (pinned.param && error?.param !== pinned.param) problems.push(`expected param ${pinned.param}, got ${error?.param}`);
  }

  if (c.method === "OPTIONS" && c.kind === "http" && !answerFromParser(status)) {
    // CORS preflights are answered on every path; they are no operation of the contract.
    if (status !== 204) problems.push(`OPTIONS answered ${status}, not the CORS preflight's 204`);
    if (!answer.headers.get("access-control-allow-methods")) problems.push("preflight without Access-Control-Allow-Methods");
    return { reached, problems };
  }

  // The simulator's front door, outside the contract: `/` (also what `/video/..` resolves to before
  // it is sent) redirects to the docs or the dashboard.
  if ((c.method === "GET" || c.method === "HEAD") && new URL(c.target, "http://fuzz.invalid").pathname === "/" && !answerFromParser(status)) {
    const location = answer.headers.get("location") ?? "";
    if (status !== 302 || !/^\/(docs\/|dashboard)$/.test(location)) problems.push(`${status} ${location} for / (expected a 302 to /docs/ or /dashboard)`);
    return { reached: `${c.method} / (redirect)`, problems };
  }

  // The operation whose declared answers apply: the one reached, or for a method the path does
  // not offer, each operation of the path (405 and the HTTP-level statuses must be declared on all).
  const judgedBy: Operation[] = operation ? [operation] : route ? route.operations : [];
  if (judgedBy.length === 0) {
    // No such path: the contract's error body, `not_found` — or an HTTP-level refusal.
    if (status !== 404 && !answerFromParser(status)) problems.push(`${status} for a path the API does not have (expected 404)`);
    if (c.method !== "HEAD") problems.push(...jsonErrorProblems(answer, json));
    return { reached, problems };
  }
  if (route && !operation && !answerFromParser(status) && status !== 405) problems.push(`${status} for a method ${route.template} does not offer (expected 405)`);
  if (route && !operation && status === 405) {
    const allow = new Set((answer.headers.get("allow") ?? "").split(",").map((method) => method.trim()).filter(Boolean));
    const expected = [...route.allowed].sort().join(", ");
    if ([...allow].sort().join(", ") !== expected) problems.push(`Allow is ${JSON.stringify(answer.headers.get("allow"))}, expected the methods ${expected}`);
  }

  for (const judged of judgedBy) {
    if (!judged.statuses.has(status)) {
      problems.push(`${status} is not declared for ${judged.key} (declared: ${[...judged.statuses].join(", ")})`);
      continue;
    }
    problems.push(...headerProblems(judged, status, answer.headers));
    // The method of a request whose headers never all arrived is unknown to the server, so its 408
    // carries the error body even when the request began with HEAD.
    const unfinished = c.kind === "raw" && c.stall === true;
    if (c.method === "HEAD" && !unfinished) {
      if (answer.body.byteLength > 0) problems.push(`HEAD answer with a ${answer.body.byteLength}-byte body`);
    } else if (declaresJson(judged, status) || unfinished) {
      if (!json.ok) problems.push(json.problem);
      else problems.push(...bodyProblems(judged, status, json.value).map((problem) => `body: ${problem}`));
    } else {
      problems.push(...fileProblems(answer));
    }
    break; // one operation's schemas suffice: a path's operations share their error answers
  }
  return { reached, problems: [...new Set(problems)] };
}

/**
 * Statuses that the HTTP layer answers before routing (malformed, too slow, headers too large):
 * they are declared on every operation, and answer requests to unknown paths too.
 */
function answerFromParser(status: number): boolean {
  return status === 400 || status === 408 || status === 431;
}

/** Whether the answer is decided before faults apply: oversized headers, or a path/method not in the contract. */
function expectedBefore(c: Case, route: PathEntry | undefined, operation: Operation | undefined): boolean {
  return c.expect?.status === 431 || !route || !operation || c.method === "OPTIONS";
}

type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

function parseJson(answer: Answer): Parsed {
  const type = answer.headers.get("content-type") ?? "";
  if (!/^application\/json\b/.test(type)) return { ok: false, problem: `content type ${JSON.stringify(type)}, expected application/json (body ${answer.body.byteLength} B)` };
  try {
    return { ok: true, value: JSON.parse(answer.body.toString("utf8")) };
  } catch {
    return { ok: false, problem: `body is not JSON: ${JSON.stringify(answer.body.toString("utf8").slice(0, 80))}` };
  }
}

function jsonErrorProblems(answer: Answer, json: Parsed): string[] {
  if (!json.ok) return [json.problem];
  return errorBodyProblems(json.value).map((problem) => `error body: ${problem}`);
}

/** A file answer (the video): its declared media type, and as many bytes as it says. */
function fileProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.headers.get("content-type") !== "video/mp4") problems.push(`content type ${answer.headers.get("content-type")}, expected video/mp4`);
  const length = answer.headers.get("content-length");
  if (length !== null && Number(length) !== answer.body.byteLength) problems.push(`Content-Length ${length} but ${answer.body.byteLength} bytes`);
  return problems;
}
