/**
 * What every generator's consumer/lifecycle.ts implements with its own generated client. Types only
 * and no Node types, so it compiles in the consumer's strict, DOM-only tsc run.
 */
export interface LifecycleInput<Body> {
  baseUrl: string;
  apiKey: string;
  /** A valid request body from the spec's examples, typed as the generator's request body. */
  request: Body;
}

export interface LifecycleResult {
  generationId: string;
  /** Every status the polling saw, in order; the last one is `completed`. */
  statuses: string[];
  /** The ids on the first page of GET /v1/generations. */
  listedIds: string[];
  /** `usage.current_month_usage` from GET /v1/user. */
  monthUsage: number;
  /** What the generated client's own call for GET /v1/video/{id} returned, as bytes or text. */
  clientVideo: Uint8Array | string | null;
  /** The MP4: the client's result when it holds the bytes, else the generator's documented way round. */
  video: Uint8Array;
}
