import { defineConfig } from "vitest/config";

/** `npm run test:browser`: the web app in headless Chromium (needs `npm run web:build` first). */
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["app/e2e/**/*.e2e.ts"],
    testTimeout: 180_000,
    hookTimeout: 900_000,
    pool: "forks",
    fileParallelism: false,
    // The service answers in a second or two on a busy machine; polls wait for it, not forever.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
