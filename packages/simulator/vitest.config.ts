import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own simulator process(es); two at a time suit a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    // The JSON report feeds the suite-wide closing line (tooling/scripts/test-summary.mjs).
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
