/** The vitest settings every runtime package shares; the JSON report feeds the suite summary. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["*.test.mjs", "test/**/*.test.mjs"],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
