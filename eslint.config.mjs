import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // only the data layer talks to the database library
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["drizzle-orm", "drizzle-orm/*"], message: "Read and write through db/queries." }] }],
    },
  },
  { ignores: [".next/**", "node_modules/**", "artifacts/**", ".data/**", "dist/**", "db/migrations/**", "next-env.d.ts"] },
];

export default config;
