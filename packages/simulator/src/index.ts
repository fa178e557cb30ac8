/**
 * @videogenapi/simulator — a stateful local VideoGen API as a web-standard fetch handler.
 * Runtime-neutral: the Node server, ffmpeg renderer and data directory live in `./node`.
 */
export { createSimulator, type Simulator } from "./app.ts";
export { DEV_KEY, type KeyConfig, type RateLimit, type SimulatorOptions } from "./options.ts";
export { FAULT_HEADER, type FaultConfig } from "./faults/config.ts";
export { MemoryStore } from "./store/memory.ts";
export { SqlStore } from "./store/sql/store.ts";
export { SchemaError, SCHEMA_VERSION } from "./store/sql/schema.ts";
export type { SqlDriver, SqlValue } from "./store/sql/driver.ts";
export { StoreWriteError, type Store, type StoreEvent, type GenerationRecord, type IdempotencyRecord } from "./store/types.ts";
export type { VideoFile, VideoSource, VideoSpec } from "./video/source.ts";
