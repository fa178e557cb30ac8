/**
 * Requests that never reach the handler — Node's HTTP parser rejects them (bad bytes, oversized
 * headers, a method it does not know), their headers arrive too slowly, or they are CONNECT — get
 * the documented JSON error body and a status the contract declares, instead of Node's bare answer
 * or a silently closed connection.
 */
import { STATUS_CODES, type IncomingMessage, type Server } from "node:http";
import type { Socket } from "node:net";
import { ApiError, errorBody } from "../../http/errors.ts";
import { refuseRoute } from "../../http/path-methods.ts";

export function handleClientErrors(server: Server): void {
  server.on("clientError", (error: ParseError, socket: Socket) => {
    if (!socket.writable || error.code === "ECONNRESET" || answerStarted(socket)) {
      socket.destroy();
      return;
    }
    // A HEAD answer has no body; the method is known when the parser kept the request's start.
    const head = error.rawPacket?.subarray(0, 5).toString("latin1") === "HEAD ";
    answerRaw(socket, classify(error), head);
  });
  // Without a listener Node closes a CONNECT's connection unanswered; this server is no proxy.
  server.on("connect", (request: IncomingMessage, socket: Socket) => {
    const target = request.url ?? "";
    answerRaw(socket, refuseRoute("CONNECT", target.startsWith("/") ? pathOf(target) : target) ?? malformed());
  });
}

/** Node's own rule: answer only if no answer to this connection's current request has started. */
function answerStarted(socket: Socket): boolean {
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  return inFlight?.headersSent === true;
}

/** Node's parser error: the bytes it was given, and how far into them it got. */
type ParseError = NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number };

function classify(error: ParseError): ApiError {
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return new ApiError("headers_too_large", "The request headers are larger than the server accepts. Send fewer or shorter headers.");
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new ApiError("request_timeout", "The request headers did not arrive in time. Send the whole request at once.");
    case "HPE_INVALID_METHOD": {
      // A well-formed method the parser does not know (e.g. BREW, lower case get): the same
      // 404/405 as a known method the path does not offer. The packet may begin with earlier
      // requests of the connection (or a body sent without framing), so only an error inside its
      // first token is about a request line at its start.
      const packet = error.rawPacket?.toString("latin1") ?? "";
      const firstToken = packet.indexOf(" ");
      const line = (error.bytesParsed ?? Infinity) <= firstToken ? /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}) (\S+) HTTP\/1\.[01]\r?\n/.exec(packet) : null;
      return (line && refuseRoute(line[1]!, pathOf(line[2]!))) ?? malformed();
    }
    default:
      return malformed();
  }
}

function malformed(): ApiError {
  return new ApiError("malformed_request", "The HTTP request is malformed (for example, a header holds characters HTTP does not allow).");
}

/** The path a request target names, decoded as the router decodes it (`%2F` stays encoded). */
function pathOf(target: string): string {
  try {
    const { pathname } = new URL(target, "http://localhost");
    try {
      return decodeURI(pathname);
    } catch {
      return pathname;
    }
  } catch {
    return target;
  }
}

function answerRaw(socket: Socket, error: ApiError, head = false): void {
  const json = JSON.stringify(errorBody(error, crypto.randomUUID()));
  const headers = Object.entries(error.headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  socket.end(
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? "Error"}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\n${headers}` +
      `Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${head ? "" : json}`,
  );
}
