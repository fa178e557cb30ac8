import { defineConfig } from "tsup";

// The bundled spec is inlined, so the published package needs no @videogenapi/spec at run time.
export default defineConfig({
  entry: { index: "src/index.ts", node: "src/adapter/node/index.ts", bin: "src/adapter/node/bin.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  splitting: true,
  sourcemap: true,
  dts: false,
  noExternal: ["@videogenapi/spec"],
});
