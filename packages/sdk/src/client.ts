/**
 * The VideoGen client: every operation of the contract, typed from the generated schema, on the
 * openapi-fetch core. Retries, timeouts and errors live in the transport it injects as `fetch`.
 */
import createClient, { type Client } from "openapi-fetch";
import { env } from "./adapter/env.ts";
import { type APIError, GenerationFailedError, UserAbortError, VideoGenError, WaitTimeoutError } from "./core/errors.ts";
import type {
  ClientOptions,
  DownloadOptions,
  GenerateOptions,
  GenerateRequest,
  GenerateResponse,
  Generation,
  GenerationCompleted,
  GenerationList,
  RequestOptions,
  StatusResponse,
  UserResponse,
  VideoTarget,
  WaitOptions,
  WatchOptions,
} from "./core/types.ts";
import { preflight } from "./core/validate.ts";
import type { paths } from "./generated/schema.ts";
import { TERMINAL_STATUSES } from "./generated/models.ts";
import { baseUrl } from "./internal/base-url.ts";
import { sleep } from "./internal/backoff.ts";
import { download } from "./internal/download.ts";
import { link, TIMED_OUT } from "./internal/signal.ts";
import { Call, send, transient, type Context } from "./internal/transport.ts";

/** The data of an openapi-fetch result: the transport has thrown for every error already. */
const data = <T>(result: { data?: T }): T => result.data!;

/** One page of generations that is also, with `for await`, every generation of every page. */
export type ListResult = Promise<GenerationList> & AsyncIterable<Generation>;

export class VideoGen {
  // Private fields: the key (in the options, and in the openapi-fetch client's headers) never shows in logs or JSON.
  readonly #api: Client<paths>;
  /** A copy of the options; the transport applies their defaults where it uses them. */
  readonly #s: ClientOptions;
  readonly #base: string;

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? env("VIDEOGEN_API_KEY");
    if (!apiKey) throw new VideoGenError("Pass { apiKey } or set VIDEOGEN_API_KEY");
    this.#base = baseUrl(options.baseUrl);
    this.#s = { ...options };
    this.#api = createClient<paths>({ baseUrl: this.#base, Request: Call, headers: { ...options.headers, Authorization: `Bearer ${apiKey}` } });
  }

  /** The per-call fetch handed to openapi-fetch. */
  #fetch(o: RequestOptions = {}, ctx?: Context) {
    return (call: Request) => send(this.#s, call as unknown as Call, o, ctx);
  }

  /**
   * Submits a generation (text-to-video, or image-to-video with `image_url`). Always sends an
   * `Idempotency-Key`, made once per call and reused by its retries, so a retry never creates a second video.
   */
  async generate(body: GenerateRequest, options: GenerateOptions = {}): Promise<GenerateResponse> {
    const { validate = true } = this.#s;
    if (validate) (validate === true ? preflight : validate)(body);
    return this.#api
      .POST("/v1/generate", {
        body,
        params: { header: { "Idempotency-Key": options.idempotencyKey ?? crypto.randomUUID() } },
        fetch: this.#fetch(options),
      })
      .then(data);
  }

  /** One generation's current status; narrow on `status`. */
  status(generationId: string, options?: RequestOptions): Promise<StatusResponse> {
    return this.#api
      .GET("/v1/status/{generation_id}", { params: { path: { generation_id: generationId } }, fetch: this.#fetch(options, { generationId }) })
      .then(data);
  }

  /** `await` it for one page; `for await` over it for every generation, page after page. */
  list(query: { page?: number; limit?: number } = {}, options?: RequestOptions): ListResult {
    const page = (n?: number) =>
      this.#api.GET("/v1/generations", { params: { query: { ...query, page: n } }, fetch: this.#fetch(options) }).then(data);
    const first = page(query.page);
    return Object.assign(first, {
      async *[Symbol.asyncIterator]() {
        for (let current = await first; ; current = await page(current.pagination.page + 1)) {
          yield* current.generations;
          if (!current.pagination.has_more) return;
        }
      },
    });
  }

  /** The key's user, plan and this month's usage. */
  user(options?: RequestOptions): Promise<UserResponse> {
    return this.#api.GET("/v1/user", { fetch: this.#fetch(options) }).then(data);
  }

  /** The size and ETag of a finished video, without downloading it (`HEAD`). */
  async videoInfo(target: VideoTarget, options?: RequestOptions): Promise<{ size: number | undefined; etag: string | null }> {
    const res = await send(this.#s, { url: this.videoUrl(target), method: "HEAD", headers: new Headers() }, options ?? {});
    return { size: +res.headers.get("Content-Length")! || undefined, etag: res.headers.get("etag") };
  }

  /**
   * Streams the MP4 without buffering it. Public: sends no API key, so `video_url` may point anywhere.
   * `start` resumes a partial download; a connection that breaks mid-file is resumed with `Range`.
   */
  download(target: VideoTarget, options: DownloadOptions = {}): Promise<ReadableStream<Uint8Array>> {
    return download(this.#s, this.videoUrl(target), options);
  }

  /** The absolute URL of a generation's video. */
  videoUrl(target: VideoTarget): string {
    if (typeof target !== "string") return target.video_url ?? this.videoUrl(target.generation_id);
    // A generation id never contains "/"; a URL always does.
    return target.includes("/") ? target : `${this.#base}/v1/video/${encodeURIComponent(target)}`;
  }

  /**
   * Polls a generation and yields each change of status, phase or progress, ending with the final one.
   * Waits as long as the server's `poll_interval_ms` says; without a hint, backs off with jitter to a cap.
   * A poll that fails for a reason that may pass (no answer, a timeout, 408, rate limit, 5xx) does not
   * end it — unless no status has been seen yet and the failure is a connection error (a wrong
   * baseUrl, a server that is down) — and it polls again after the no-hint backoff; `signal` ends it.
   */
  watch(generationId: string, options?: WatchOptions): AsyncGenerator<StatusResponse, void, undefined> {
    return this.#watch(generationId, options);
  }

  /** `watch`, telling `polled` after each poll the error it failed with, or undefined. */
  async *#watch(id: string, options: WatchOptions = {}, polled?: (error?: VideoGenError) => void): AsyncGenerator<StatusResponse, void, undefined> {
    const { signal, pollInterval = 1000, maxPollInterval = 10_000 } = options;
    let seen = "";
    for (let poll = 0; ; poll++) {
      let g: StatusResponse | undefined;
      let error: VideoGenError | undefined;
      try {
        g = await this.status(id, { signal });
      } catch (e) {
        // Before a first answer, a connection error means a wrong baseUrl or a server that is down: say so at once.
        if (signal?.aborted || !transient(e) || !(seen || (e as APIError).status)) throw e;
        error = e as VideoGenError;
      }
      polled?.(error);
      if (g) {
        const state = [g.status, (g as { phase?: string }).phase, (g as { progress?: number }).progress] + "";
        if (state !== seen) {
          seen = state;
          this.#s.hooks?.onStatusChange?.(g);
          yield g;
        }
        if ((TERMINAL_STATUSES as readonly string[]).includes(g.status)) return;
      }
      // The server's hint when it gives one.
      await sleep((g as { poll_interval_ms?: number } | undefined)?.poll_interval_ms ?? Math.min(maxPollInterval, pollInterval * 2 ** poll) * (0.5 + Math.random() / 2), signal).catch((e) => {
        throw new UserAbortError("Aborted by the caller", e);
      });
    }
  }

  /**
   * Resolves with the completed generation. Throws GenerationFailedError if it fails, WaitTimeoutError
   * at `timeout` (wait again to resume; `lastError` says why the last poll failed, if it did),
   * UserAbortError when `signal` fires — which also cancels the request in flight or the sleep between
   * polls at once. Polls that fail for a reason that may pass do not end the wait (see `watch`).
   */
  async wait(generation: string | { generation_id: string }, options: WaitOptions = {}): Promise<GenerationCompleted> {
    const id = typeof generation === "string" ? generation : generation.generation_id;
    const deadline = link(options.signal, options.timeout);
    let last: Generation | undefined;
    let lastError: VideoGenError | undefined;
    try {
      for await (const g of this.#watch(id, { ...options, signal: deadline.signal }, (e) => (lastError = e))) {
        last = g;
        options.onProgress?.(g);
        if (g.status === "failed") throw new GenerationFailedError(g);
      }
      // watch() ends only after a final status, and a failed one threw: this one is completed.
      return last as GenerationCompleted;
    } catch (e) {
      if (deadline.signal.reason === TIMED_OUT) throw new WaitTimeoutError(id, last, lastError);
      throw e;
    } finally {
      deadline.done();
    }
  }
}
