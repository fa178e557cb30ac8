import { defineConfig } from "vitest/config";

const FUZZ = "test/fuzz.test.ts";
/** Tests that watch a lifecycle window of a few hundred milliseconds: they run first, one at a time. */
const TIMING = ["test/lifecycle.test.ts", "test/seed-curl.test.ts", "test/dashboard.browser.test.ts"];

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
          // Seen flaky when they shared the two cores with other files (a status window missed).
          name: "timing",
          include: TIMING,
          fileParallelism: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "simulator",
          include: ["test/**/*.test.ts"],
          exclude: [FUZZ, ...TIMING],
          // Each file starts its own simulator process(es); two at a time suit a 2-core machine.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // The fuzz test keeps both cores busy for half a minute: it runs after the others, alone,
          // so neither it nor the timing-sensitive lifecycle tests are slowed by the other.
          name: "fuzz",
          include: [FUZZ],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
