export { default } from "./src/vitest-config.mjs";
