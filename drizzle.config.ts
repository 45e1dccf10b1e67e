import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts and committed; both engines run the same files.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/test" },
});
