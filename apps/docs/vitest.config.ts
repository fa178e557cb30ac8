import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
