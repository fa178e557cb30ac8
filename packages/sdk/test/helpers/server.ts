/**
 * A real loopback HTTP server for fault and polling tests: each request is recorded, then answered
 * by the test's handler, which can also hang, reset the socket or cut a body short.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, seen: Recorded, index: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const seen: Recorded = { method: req.method!, url: req.url!, headers: req.headers, body, at: Date.now() };
    requests.push(seen);
    try {
      await handler(req, res, seen, requests.length - 1);
    } catch (error) {
      res.statusCode = 599;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON answer. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** An error body in the contract's shape. */
export function errorBody(code: string, message = code, param?: string) {
  return { success: false, error: { code, message, ...(param && { param }) }, request_id: "24076931-9c23-4d18-a1d4-9d5cb5369c62" };
}

/** Resets the connection without answering (the client sees a network error). */
export function reset(res: ServerResponse): void {
  res.socket?.resetAndDestroy?.() ?? res.socket?.destroy();
}

/** Never answers; the client must time out or abort. */
export function hang(): void {}

/** The request count per path, e.g. `{ "/v1/status/gen_…": 5 }`. */
export function countByPath(requests: Recorded[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of requests) counts[r.url] = (counts[r.url] ?? 0) + 1;
  return counts;
}
