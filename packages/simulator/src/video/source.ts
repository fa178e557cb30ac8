/** Where the MP4 behind `video_url` comes from. The Node adapter renders one with ffmpeg. */

export interface VideoSpec {
  generationId: string;
  width: number;
  height: number;
  /** Seconds. */
  duration: number;
  fps: number;
  prompt: string;
  model: string;
  /** Add an audio track (the generation asked for add_audio). */
  audio: boolean;
}

export interface VideoFile {
  size: number;
  /** Strong validator; changes if the bytes change. */
  etag: string;
  /** Bytes `start`..`end` inclusive. */
  read(start: number, end: number): ReadableStream<Uint8Array> | Uint8Array;
  /** Headers worth telling the client, e.g. that this is a placeholder. */
  headers?: Record<string, string>;
}

/** When a generation's video will be wanted, in milliseconds from now (negative: already). */
export interface RenderPlan {
  /** The job starts on its worker: a source may begin rendering from here. */
  startInMs: number;
  /** The generation completes: `video_url` is downloadable from here. */
  dueInMs: number;
}

export interface VideoSource {
  open(spec: VideoSpec): Promise<VideoFile>;
  /**
   * Told about each generation that will complete, when it is accepted (and, by a persistent
   * server, again at start for unfinished ones), so a source can have the file ready by then.
   * Returns at once and never throws; `open` later finds the file or waits for that same render.
   */
  prepare?(spec: VideoSpec, plan: RenderPlan): void;
}
