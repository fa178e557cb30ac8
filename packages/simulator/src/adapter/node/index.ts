/** @module Node adapter: `startSimulator()` (listening server, ffmpeg videos, data directory). */
export { startSimulator, type NodeSimulatorOptions, type RunningSimulator } from "./server.ts";
export { FfmpegVideoSource } from "./ffmpeg-video.ts";
export { openNodeStore, DatabaseOpenError, type NodeStore } from "./database.ts";
