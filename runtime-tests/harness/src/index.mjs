/** Shared steps of the runtime matrix; see the README beside src/. */
export { exec } from "./exec.mjs";
export { packSdk, sdkHash } from "./pack.mjs";
export { cleanEnv, consumerProject } from "./project.mjs";
export { assertReadmeShows } from "./readme.mjs";
export { runExample } from "./run.mjs";
export { toolBinary } from "./tool.mjs";
export { DEV_KEY, startSimulator } from "./simulator.mjs";
export { listGenerations, verifyVideo } from "./verify.mjs";
