/** Reads a JSON request body: content type, size limit (also for chunked bodies), then parse. */
import { ApiError, quote } from "./errors.ts";

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type");
  const mediaType = type?.split(";")[0]?.trim().toLowerCase();
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
  // cheaper than a stream; without one (chunked), count bytes as they arrive.
  const bytes = request.headers.has("content-length")
    ? new Uint8Array(await request.arrayBuffer())
    : await readLimited(request, maxBytes);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (!text.trim()) throw new ApiError("invalid_json", "The body is empty. Send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (error) {
    // Name the position only: the parser's own message quotes the body back.
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    const where = position ? ` at position ${position}` : "";
    throw new ApiError("invalid_json", `The body is not valid JSON${where}. Send a JSON object.`);
  }
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
      await reader.cancel().catch(() => undefined);
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

function tooLarge(size: number, max: number, atLeast = false): ApiError {
  // The rest of the body is never read, so the connection cannot be reused: say so.
  return new ApiError("payload_too_large", `The body is ${atLeast ? "more than " : ""}${atLeast ? max : size} bytes; at most ${max} are accepted.`, undefined, {
    connection: "close",
  });
}
