/**
 * Requests so malformed that Node's HTTP parser rejects them (bad header bytes, oversized headers)
 * never reach the handler; answer them with the documented JSON error body instead of Node's bare 400.
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";

export function handleClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (error.code === "ECONNRESET")) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? "413 Payload Too Large" : "400 Bad Request";
    const body = JSON.stringify({
      success: false,
      error: tooLarge
        ? { code: "payload_too_large", message: "The request headers are larger than the server accepts." }
        : { code: "invalid_parameter", message: "The HTTP request is malformed (for example, a header holds characters HTTP does not allow)." },
      request_id: crypto.randomUUID(),
    });
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
