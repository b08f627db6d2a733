import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One worker more than the cores: an API test file spends much of its time waiting on PostgreSQL, a child
    // process or a timer.
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        test: {
          name: "unit-api",
          include: ["src/**/*.test.ts", "bench/**/*.test.ts"],
          globalSetup: ["test/postgres-cluster.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/server.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
