/** Reads a JSON request body: content type, size limit (also for chunked bodies), nesting depth, then parse. */
import { CONTRACT_MAX_JSON_DEPTH } from "../contract/limits.ts";
import { ApiError, quote } from "./errors.ts";

/** UTF-8 with replacement characters and the BOM dropped: what `Request.text()` does. */
const utf8 = new TextDecoder("utf-8", { fatal: false });

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type");
  const mediaType = type === "application/json" ? type : type?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new ApiError(
      "unsupported_media_type",
      `Content-Type ${type ? quote(type) : "(none)"} is not accepted; send application/json.`,
      "Content-Type",
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(declared, maxBytes);

  // With a Content-Length the runtime already bounds the body, and reading it whole is much
  // cheaper than a stream (text() decodes UTF-8 as below, without copying the bytes first);
  // without one (chunked), count bytes as they arrive.
  const text = request.headers.has("content-length") ? await request.text() : utf8.decode(await readLimited(request, maxBytes));
  if (!text.trim()) throw new ApiError("invalid_json", "The body is empty. Send a JSON object.");
  if (nestsDeeperThan(text, CONTRACT_MAX_JSON_DEPTH)) {
    throw new ApiError("json_too_deep", `The body nests arrays or objects more than ${CONTRACT_MAX_JSON_DEPTH} levels deep. Send a flat JSON object.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // Name the position only: the parser's own message quotes the body back.
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    const where = position ? ` at position ${position}` : "";
    throw new ApiError("invalid_json", `The body is not valid JSON${where}. Send a JSON object.`);
  }
}

/**
 * Whether `[`/`{` nest deeper than `max` outside strings: one linear pass before JSON.parse, so
 * a hostile body never reaches a recursion. Invalid JSON is left for JSON.parse to report.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void discardRest(reader);
      throw tooLarge(total, maxBytes, true);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** How much more of an oversized body is read and dropped before the connection is given up. */
const DISCARD_LIMIT = 16 * 1024 * 1024;

/**
 * Reads and drops the rest of an oversized body while the 413 goes out. Cancelling instead would
 * reset the connection under a client that is still sending, which then loses the answer.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      dropped += value.byteLength;
      if (dropped > DISCARD_LIMIT) return void (await reader.cancel());
    }
  } catch {
    // The client went away: nothing left to drop.
  }
}

/**
 * No `Connection: close`: a server that closes (and so resets) the connection while the client is
 * still sending makes the client lose this answer. The rest of the body is dropped instead — by
 * discardRest, or by the runtime for a body that was never read — and the connection stays usable.
 */
function tooLarge(size: number, max: number, atLeast = false): ApiError {
  return new ApiError("payload_too_large", `The body is ${atLeast ? "more than " : ""}${atLeast ? max : size} bytes; at most ${max} are accepted.`);
}
