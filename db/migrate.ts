import "server-only";
import path from "node:path";
import type { Database } from "./index";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Runs the committed drizzle-kit migrations with the driver's own migrator. */
export async function migrateDatabase(db: Database, engine: "pglite" | "postgres") {
  if (engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // the PGlite and postgres.js databases share drizzle's PgDatabase base
    await migrate(db as unknown as Parameters<typeof migrate>[0], { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db, { migrationsFolder });
  }
}
