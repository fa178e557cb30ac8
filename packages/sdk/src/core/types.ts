/** Short names for the generated schema types that users touch most, and the client's option types. */
import type { components } from "../generated/schema.ts";
import type { VideoGenError } from "./errors.ts";

type Schemas = components["schemas"];

/** The body of `POST /v1/generate`: one branch per model, each with its own limits. */
export type GenerateRequest = Schemas["GenerateRequest"];
/** The accepted generation, as `POST /v1/generate` answers it. */
export type GenerateResponse = Schemas["GenerateResponse"];
/** A generation as status and list report it; narrow on `status`. */
export type Generation = Schemas["Generation"];
export type GenerationCompleted = Schemas["GenerationCompleted"];
export type GenerationFailed = Schemas["GenerationFailed"];
export type StatusResponse = Schemas["StatusResponse"];
export type GenerationList = Schemas["GenerationList"];
export type UserResponse = Schemas["UserResponse"];
export type ModelKey = Schemas["ModelKey"];
/** The body of every error answer. */
export type ErrorBody = Schemas["Error"];
export type ErrorCode = Schemas["ErrorCode"];
/** One parameter at fault of a 400 (`error.errors`). */
export type ErrorDetail = Schemas["ErrorDetail"];

/** Observability hooks. Headers are copies with the API key redacted; hooks never see the key. */
export interface Hooks {
  onRequest?(event: { method: string; url: string; attempt: number; headers: Record<string, string> }): void;
  onResponse?(event: { method: string; url: string; attempt: number; status: number; durationMs: number }): void;
  /** Called before sleeping `delayMs` and sending attempt number `attempt` (the first retry is attempt 1). */
  onRetry?(event: { method: string; url: string; attempt: number; delayMs: number; error: VideoGenError }): void;
  /** Called by `watch()`/`wait()` each time a generation's status, phase or progress changes. */
  onStatusChange?(generation: Generation): void;
}

export interface ClientOptions {
  /** Defaults to the `VIDEOGEN_API_KEY` environment variable where the runtime has one. */
  apiKey?: string;
  /**
   * An http(s) URL without query, fragment or credentials, e.g. `http://127.0.0.1:4010`. Defaults to
   * the `VIDEOGEN_BASE_URL` environment variable where the runtime has one (an empty one counts as
   * unset), else https://videogenapi.com/api (the contract's first server). A trailing `/v1`, as the
   * API's docs write it, is dropped (the paths start with it). Any other value throws a TypeError
   * here, naming the value and where it came from.
   */
  baseUrl?: string;
  /**
   * A fetch implementation, called as `fetch(url, init)` — `init` as openapi-fetch builds it
   * (`method`, `headers`, and `body`, `redirect` for API calls) plus `signal`; defaults to `globalThis.fetch`.
   */
  fetch?: (url: string, init: RequestInit & { method: string; headers: Headers }) => Promise<Response>;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in ms, until the response headers (and the body, for JSON answers); default 60 000. */
  timeout?: number;
  /** First retry backoff in ms (default 500); doubles per retry, with full jitter. */
  retryDelay?: number;
  /** Longest wait in ms before a retry (default 60 000); a longer `Retry-After` is not waited for. */
  maxRetryDelay?: number;
  /**
   * Check generate requests before sending: `true` (default) runs the model catalog's rules
   * (model, mode, duration, resolution, aspect ratio, prompt length); `validateGenerateRequest`
   * runs every request rule of the contract; `false` sends as is. Or pass your own check: it rejects
   * a request by throwing (its return value is ignored).
   */
  validate?: boolean | ((request: GenerateRequest) => void);
  /** Extra headers sent with every API request (not with video downloads, which carry no credentials). */
  headers?: Record<string, string>;
  hooks?: Hooks;
}

/** Per-call options. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout in ms, overriding the client's. */
  timeout?: number;
  /** Overall deadline in ms for the call, all retries and their sleeps included. */
  deadline?: number;
  maxRetries?: number;
}

export interface GenerateOptions extends RequestOptions {
  /** Reuse a key to make a repeat safe across process restarts; by default a fresh one is made per call. */
  idempotencyKey?: string;
}

export interface WatchOptions {
  signal?: AbortSignal;
  /** First poll delay in ms when the server gives no `poll_interval_ms` (default 1000); doubles with jitter. */
  pollInterval?: number;
  /** Cap for that backoff in ms (default 10 000). */
  maxPollInterval?: number;
}

export interface WaitOptions extends WatchOptions {
  /**
   * Give up waiting after this many ms with a WaitTimeoutError (the generation goes on; wait again to
   * resume). Until then, polls that fail for a reason that may pass are retried; without it, only
   * `signal` ends a wait through an outage.
   */
  timeout?: number;
  /** Called with each status change, e.g. to show `progress`. */
  onProgress?(generation: Generation): void;
}

export interface DownloadProgress {
  /** Bytes received so far, counting from the start of the file. */
  loaded: number;
  /** The file's size, when the server said. */
  total: number | undefined;
}

export interface DownloadOptions {
  /** Aborts the request and the stream at any point. */
  signal?: AbortSignal;
  /** Per-response timeout in ms until the headers arrive. */
  timeout?: number;
  /** Retries per request, and resumes (with `Range`) after a broken connection. */
  maxRetries?: number;
  /** Start at this byte (resume an earlier partial download). */
  start?: number;
  onProgress?(progress: DownloadProgress): void;
}

/** What to download: a generation (its `video_url` or id), a generation id, or a video URL. */
export type VideoTarget = string | { generation_id: string; video_url?: string };
