import { defineConfig } from "vitest/config";

// Browser tests: the built task pane in headless Chromium against the in-memory Excel stand-in.
// Run after a development build (`npm run test:e2e`); one file at a time, one browser each.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
