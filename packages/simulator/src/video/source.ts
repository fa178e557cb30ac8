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

export interface VideoSource {
  open(spec: VideoSpec): Promise<VideoFile>;
}
