import { defineConfig } from "tsup";

// One ESM file with the shebang kept (tsup marks it executable); the dependencies stay external.
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  dts: false,
});
