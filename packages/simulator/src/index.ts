/**
 * @videogenapi/simulator — a stateful local VideoGen API as a web-standard fetch handler.
 * Runtime-neutral: the Node server, ffmpeg renderer and data directory live in `./node`.
 */
export { createSimulator, type Simulator } from "./app.ts";
export { DEV_KEY, type KeyConfig, type RateLimit, type SimulatorOptions } from "./options.ts";
export { FAULT_DIRECTIVES, FAULT_HEADER, INJECTABLE_STATUSES, type FaultConfig } from "./faults/config.ts";
export { MemoryStore } from "./store/memory.ts";
export type { Store, StoreEvent, GenerationRecord } from "./store/types.ts";
export type { VideoFile, VideoSource, VideoSpec } from "./video/source.ts";
