/** The vitest settings every contract-test project shares; the JSON report feeds the suite summary. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["*.test.ts", "test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
