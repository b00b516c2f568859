import { defineConfig } from "vitest/config";

// One config for every suite. Browser suites (test/e2e) drive Debian's Chromium through
// playwright-core and need longer timeouts; everything else is plain Node.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
