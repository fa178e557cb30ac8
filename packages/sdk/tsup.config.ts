import { defineConfig } from "tsup";

// ESM for import, CJS for require() (so Node < 20.19 without require(esm), Jest and older bundlers work);
// the two copies share error identity through the Symbol.for brand in src/core/errors.ts.
export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: [/^node:/],
  // Keep `node:` specifiers: Deno, Bun and Workers recognise built-ins by them.
  removeNodeProtocol: false,
  tsconfig: "tsconfig.build.json",
});
