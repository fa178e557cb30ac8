/**
 * Serves a built docs site (e.g. apps/docs/dist) at /docs, next to the API, so `pnpm start` shows
 * both, and sends `GET /` there. Files only from inside the directory; anything else falls through
 * to the API (→ 404 body, or `/` → the dashboard).
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export function docsHandler(directory: string): (request: Request) => Promise<Response | undefined> {
  const root = resolve(directory);
  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return undefined;
    const { pathname } = new URL(request.url);
    if (pathname === "/") return new Response(null, { status: 302, headers: { location: "/docs/" } });
    if (pathname === "/docs") return new Response(null, { status: 308, headers: { location: "/docs/" } });
    if (!pathname.startsWith("/docs/")) return undefined;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice("/docs/".length)) || "index.html";
    } catch {
      return undefined;
    }
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, "index.html") : file;
      const body = await readFile(target);
      return new Response(request.method === "HEAD" ? null : body, {
        headers: { "content-type": TYPES[extname(target)] ?? "application/octet-stream", "content-length": String(body.byteLength) },
      });
    } catch {
      return undefined;
    }
  };
}
