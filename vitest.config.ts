import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Outside Next's server bundle `server-only` would throw; the data layer is server code here too.
      { find: "server-only", replacement: `${root}tests/support/server-only-stub.ts` },
      { find: /^next\/cache$/, replacement: `${root}tests/support/next-cache-stub.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files share one throwaway database; each builds its own data with factories.
    fileParallelism: false,
  },
});
