/**
 * Runs the simulator on Node: listens with @hono/node-server, renders videos with ffmpeg, keeps
 * state in a data directory when given one, and can drop connections for fault injection.
 */
import { getRequestListener, RequestError, type HttpBindings } from "@hono/node-server";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSimulator, type Simulator } from "../../app.ts";
import type { SimulatorOptions } from "../../options.ts";
import { ApiError, errorBody } from "../../http/errors.ts";
import { placeholderVideo } from "../../video/placeholder.ts";
import { resumeVideos } from "../../video/prepare.ts";
import { FfmpegVideoSource, type FfmpegVideoOptions } from "./ffmpeg-video.ts";
import { findFfmpeg, findFont } from "./find-ffmpeg.ts";
import { openNodeStore } from "./database.ts";
import { handleClientErrors } from "./client-errors.ts";
import { docsHandler } from "./docs.ts";
import { sweepVideoCache } from "./video-cache-sweep.ts";

export interface NodeSimulatorOptions extends SimulatorOptions {
  host?: string;
  port?: number;
  /** Persist state (simulator.db, SQLite) and rendered videos (videos/) here; without it state is in memory. */
  dataDir?: string;
  ffmpeg?: string;
  font?: string;
  /** ffmpeg rendering: `prerender: false` renders on first download; `timeoutMs` kills a slow render. */
  render?: Pick<FfmpegVideoOptions, "prerender" | "timeoutMs" | "concurrency">;
  /** A built docs site to serve at /docs. */
  docsDir?: string;
  /** Where request lines and warnings go; never given a key. */
  log?: (line: string) => void;
  /** How long a request's headers may take to arrive before `408 request_timeout`. Default 60000 (Node's). */
  headersTimeoutMs?: number;
}

export interface RunningSimulator {
  url: string;
  simulator: Simulator;
  /** "ffmpeg <path>" or "placeholder". */
  video: string;
  /** Generations found in the data directory at start. */
  restored: number;
  /** The database file, if state is kept on disk. */
  database?: string;
  /** Things the operator should know about the start (an imported journal, lines it skipped). */
  notices: string[];
  close(): Promise<void>;
}

/**
 * A request Node could parse but no URL can be built from (no or a bad Host, backslashes in the
 * path): the documented 400 `malformed_request`.
 */
function requestErrorAnswer(error: unknown): Response {
  const reason = error instanceof RequestError ? error.message : undefined;
  const known =
    reason === undefined
      ? new ApiError("internal_error", "The server failed to handle this request. Retry later.")
      : /missing host/i.test(reason)
        ? new ApiError("malformed_request", "The request has no Host header.", "Host")
        : /backslash|absolute|scheme/i.test(reason)
          ? new ApiError("malformed_request", "The request target (URL) is malformed.")
          : // Otherwise no URL can be built from the Host header.
            new ApiError("malformed_request", "The Host header is malformed.", "Host");
  const id = crypto.randomUUID();
  return new Response(JSON.stringify(errorBody(known, id)), {
    status: known.status,
    headers: { "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*", "x-request-id": id },
  });
}

/** In the temporary cache, a render's work directory this old is an orphan, whoever's it was. */
const SHARED_WORK_DIR_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Videos in the temporary cache are rendered again if asked for after this long. */
const SHARED_VIDEO_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Node's default: a client gets this long to send its request headers. */
const DEFAULT_HEADERS_TIMEOUT_MS = 60_000;

export async function startSimulator(options: NodeSimulatorOptions = {}): Promise<RunningSimulator> {
  const log = options.log ?? (() => undefined);
  const state = options.store ? undefined : openNodeStore(options.dataDir);
  // Counted before the docs' example is added.
  const restored = state?.file ? state.store.size() : 0;
  const notices: string[] = [];
  if (state?.imported) {
    const { generations, idempotencyRecords, warnings } = state.imported;
    notices.push(`imported journal.jsonl (${generations} generation(s), ${idempotencyRecords} idempotency record(s)) into ${state.file}; the old file is now journal.jsonl.imported`, ...warnings);
  }
  const ffmpeg = findFfmpeg(options.ffmpeg);
  const cacheDir = options.dataDir ? join(options.dataDir, "videos") : join(tmpdir(), "videogen-simulator-videos");
  // Leftovers of earlier runs. A data directory has one simulator at a time, so every older render
  // is orphaned; the shared temporary cache may hold other simulators' renders in progress.
  const startedAt = Date.now();
  void sweepVideoCache(
    cacheDir,
    options.dataDir ? { workDirsBefore: startedAt } : { workDirsBefore: startedAt - SHARED_WORK_DIR_MAX_AGE_MS, videosBefore: startedAt - SHARED_VIDEO_MAX_AGE_MS },
  );
  // A failed render is a warning: it reaches stderr even when request lines are not logged.
  const warn = options.log ?? ((line: string) => console.error(line));
  const renderer = !options.video && ffmpeg ? new FfmpegVideoSource({ ffmpeg, font: findFont(options.font), cacheDir, log: warn, ...options.render }) : undefined;
  const video = options.video ?? renderer ?? placeholderVideo;

  const simulator = createSimulator({
    ...options,
    ...(state ? { store: state.store } : {}),
    video,
    dropConnection: (env) => {
      const socket = (env as Partial<HttpBindings> | undefined)?.incoming?.socket;
      if (!socket) return false;
      socket.destroy();
      return true;
    },
  });

  resumeVideos(simulator.store, video, simulator.options.now());

  const docs = options.docsDir ? docsHandler(options.docsDir) : undefined;
  const answer = async (request: Request, env: unknown) => (docs && (await docs(request))) || simulator.fetch(request, env);
  const fetch = options.log
    ? async (request: Request, env: unknown) => {
        const started = performance.now();
        const response = await answer(request, env);
        const { pathname } = new URL(request.url);
        log(`${request.method} ${pathname.slice(0, 120)} ${response.status} ${(performance.now() - started).toFixed(1)}ms`);
        return response;
      }
    : answer;

  const host = options.host ?? "127.0.0.1";
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const listener = getRequestListener(fetch, { errorHandler: requestErrorAnswer });
  const server: Server = createServer(
    {
      // A request without Host reaches the listener, which answers it with the documented body
      // (Node's own check would send a bare 400).
      requireHostHeader: false,
      headersTimeout,
      requestTimeout: Math.max(headersTimeout, 300_000),
      // Slow headers are noticed on this beat, so a short timeout needs a short beat.
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.floor(headersTimeout / 4))),
    },
    listener,
  );
  // An `Expect` other than 100-continue is ignored (RFC 9110 allows it) instead of Node's bare 417.
  server.on("checkExpectation", listener);
  handleClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    simulator,
    video: ffmpeg && !options.video ? `ffmpeg ${ffmpeg}` : "placeholder",
    restored,
    ...(state?.file ? { database: state.file } : {}),
    notices,
    close: () =>
      new Promise<void>((resolve) => {
        renderer?.close();
        server.close(() => {
          state?.close();
          resolve();
        });
        server.closeAllConnections?.();
      }),
  };
}
