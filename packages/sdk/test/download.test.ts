/** download() and the node saveVideo() against a loopback file server with Range support and faults. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, expect, test } from "vitest";
import { ConnectionError, NotFoundError, UserAbortError, VideoGen, VideoGenError } from "../src/index.ts";
import { saveVideo } from "../src/node/index.ts";
import { API_KEY, GEN_ID } from "./helpers/fixtures.ts";
import { errorBody, json, startServer, type Recorded, type TestServer } from "./helpers/server.ts";

const FILE = Uint8Array.from({ length: 256 * 1024 }, (_, i) => (i * 31 + 7) % 251);
const ETAG = `"${GEN_ID}-${FILE.length}"`;

let server: TestServer;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "videogen-sdk-"));
});
afterEach(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

type Fault = (res: ServerResponse, seen: Recorded, index: number, body: Uint8Array) => boolean;

/** Serves FILE at /v1/video/{id} like the contract says (200, or 206 for a Range); `fault` may intervene. */
async function fileServer(fault: Fault = () => false) {
  server = await startServer((req, res, seen, index) => {
    if (!req.url!.startsWith(`/v1/video/${GEN_ID}`)) return json(res, 404, errorBody("not_found"));
    const range = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ""));
    const usable = range && (!req.headers["if-range"] || req.headers["if-range"] === ETAG);
    const from = usable ? Number(range[1]) : 0;
    const body = FILE.subarray(from);
    if (fault(res, seen, index, body)) return;
    const headers: Record<string, string | number> = { "content-type": "video/mp4", "content-length": body.length, "accept-ranges": "bytes", etag: ETAG };
    if (usable) headers["content-range"] = `bytes ${from}-${FILE.length - 1}/${FILE.length}`;
    res.writeHead(usable ? 206 : 200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new VideoGen({ apiKey: API_KEY, baseUrl: server.url, retryDelay: 5 });
}

/** Byte-exact comparison (vitest's deep equality is slow on large arrays). */
const same = (a: Uint8Array, b: Uint8Array) => expect(Buffer.compare(a, b), "bytes differ").toBe(0);

async function bytes(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

test("streams the whole file by id, reporting bytes, sending no API key", async () => {
  const client = await fileServer();
  const progress: number[] = [];
  const stream = await client.download(GEN_ID, { onProgress: (p) => (expect(p.total).toBe(FILE.length), progress.push(p.loaded)) });
  same(await bytes(stream), FILE);
  expect(progress.at(-1)).toBe(FILE.length);
  expect(progress.length).toBeGreaterThan(1);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(server.requests[0]!.headers.authorization).toBeUndefined();
});

test("follows an absolute video_url of a completed generation", async () => {
  const client = await fileServer();
  const stream = await client.download({ generation_id: GEN_ID, video_url: `${server.url}/v1/video/${GEN_ID}` });
  expect((await bytes(stream)).length).toBe(FILE.length);
});

test("start resumes from a byte with Range", async () => {
  const client = await fileServer();
  const stream = await client.download(GEN_ID, { start: 1000 });
  same(await bytes(stream), FILE.subarray(1000));
  expect(server.requests[0]!.headers.range).toBe("bytes=1000-");
});

test("a connection cut mid-file is resumed with Range, and the bytes are exact", async () => {
  const client = await fileServer((res, _seen, index, body) => {
    if (index > 0) return false;
    res.writeHead(200, { "content-type": "video/mp4", "content-length": body.length, etag: ETAG });
    res.write(body.subarray(0, 100_000), () => setTimeout(() => res.socket?.destroy(), 20));
    return true;
  });
  const stream = await client.download(GEN_ID);
  same(await bytes(stream), FILE);
  expect(server.requests).toHaveLength(2);
  expect(server.requests[1]!.headers.range).toMatch(/^bytes=\d+-$/);
});

test("cut every time: ConnectionError after maxRetries resumes", async () => {
  const client = await fileServer((res, seen, _index, body) => {
    const from = FILE.length - body.length;
    res.writeHead(seen.headers.range ? 206 : 200, { "content-length": body.length, "content-range": `bytes ${from}-${FILE.length - 1}/${FILE.length}` });
    res.write(body.subarray(0, 10), () => setTimeout(() => res.socket?.destroy(), 20));
    return true;
  });
  const stream = await client.download(GEN_ID, { maxRetries: 2 });
  await expect(bytes(stream)).rejects.toBeInstanceOf(ConnectionError);
  expect(server.requests).toHaveLength(3);
});

test("a server that ignores Range is an error, not a corrupt file", async () => {
  const client = await fileServer((res) => {
    res.writeHead(200, { "content-length": FILE.length });
    res.end(FILE);
    return true;
  });
  await expect(client.download(GEN_ID, { start: 10 })).rejects.toBeInstanceOf(VideoGenError);
});

test("video_not_ready is a NotFoundError", async () => {
  const client = await fileServer((res) => (json(res, 404, errorBody("video_not_ready")), true));
  await expect(client.download(GEN_ID)).rejects.toMatchObject({ constructor: NotFoundError, code: "video_not_ready" });
});

test("aborting mid-stream stops the download", async () => {
  const client = await fileServer((res, _seen, _index, body) => {
    res.writeHead(200, { "content-length": body.length });
    res.write(body.subarray(0, 1000)); // then stall
    return true;
  });
  const controller = new AbortController();
  const stream = await client.download(GEN_ID, { signal: controller.signal, onProgress: () => controller.abort() });
  await expect(bytes(stream)).rejects.toBeInstanceOf(UserAbortError);
});

test("videoInfo reads the size with HEAD", async () => {
  const client = await fileServer();
  await expect(client.videoInfo(GEN_ID)).resolves.toEqual({ size: FILE.length, etag: ETAG });
  expect(server.requests[0]!.method).toBe("HEAD");
});

test("node saveVideo writes the file, and resume continues a partial one", async () => {
  const client = await fileServer();
  const path = join(dir, "video.mp4");
  expect(await saveVideo(client, GEN_ID, path)).toBe(FILE.length);
  same(new Uint8Array(await readFile(path)), FILE);

  await writeFile(path, FILE.subarray(0, 5000));
  server.requests.length = 0;
  expect(await saveVideo(client, GEN_ID, path, { resume: true })).toBe(FILE.length);
  same(new Uint8Array(await readFile(path)), FILE);
  expect(server.requests.map((r) => `${r.method} ${r.headers.range ?? ""}`)).toEqual(["HEAD ", "GET bytes=5000-"]);

  server.requests.length = 0;
  expect(await saveVideo(client, GEN_ID, path, { resume: true })).toBe(FILE.length);
  expect(server.requests.map((r) => r.method)).toEqual(["HEAD"]);
});
