import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  "@": root,
  // server-only guards the Next bundle; in tests we are on the server already
  "server-only": path.join(root, "tests/helpers/empty-module.ts"),
};

// tests sign nothing that outlives them; with DATABASE_URL set the app requires a secret
const env = { AUTH_SECRET: "vitest-only-secret-not-used-anywhere-else-0123456789" };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          env,
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        // production servers started from the last build (npm test runs these after the end-to-end build)
        test: { name: "system", include: ["tests/system/**/*.test.ts"], environment: "node", testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});
