import { defineConfig } from "vitest/config";

const FUZZ = "test/fuzz.test.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report feeds the suite-wide closing line (tooling/scripts/test-summary.mjs).
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      {
        extends: true,
        test: {
          name: "simulator",
          include: ["test/**/*.test.ts"],
          exclude: [FUZZ],
          // Each file starts its own simulator process(es); two at a time suit a 2-core machine.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // The fuzz test keeps both cores busy for half a minute: it runs after the others, alone,
          // so neither it nor the timing-sensitive lifecycle tests are slowed by the other.
          name: "fuzz",
          include: [FUZZ],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
