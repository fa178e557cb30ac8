import { defineConfig, type Options } from "tsup";

const common: Options = {
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  dts: true,
  target: "es2022",
  platform: "neutral",
  external: [/^node:/],
  // Keep `node:` specifiers: Deno, Bun and Workers recognise built-ins by them.
  removeNodeProtocol: false,
  tsconfig: "tsconfig.build.json",
};

// ESM for import; CJS for require() (Node without require(esm), Jest, older bundlers). The two copies
// share error identity through the Symbol.for brand in src/core/errors.ts.
export default defineConfig([
  { ...common, format: "esm", clean: true },
  {
    ...common,
    format: "cjs",
    // openapi-fetch's own CJS build sets exports.default without __esModule, which Node-style
    // interop turns into the module object; the CJS build therefore carries its ESM code inlined.
    noExternal: ["openapi-fetch"],
  },
]);
