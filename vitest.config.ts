import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".data/**", "tmp/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default leaves one core to its main process (1 worker on the 2-core CI machines),
    // which only waits on the workers: one worker per core runs the suite's files side by side.
    // Files never share state: each opens its own PGlite or its own scratch database on the
    // throwaway server (db/testing.ts), and servers listen on ephemeral ports.
    maxWorkers: availableParallelism(),
  },
});
