import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { closeDb, bindDatabase, type Database } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { seedDatabase } from "@/db/seed";

export type TestDatabase = {
  db: Database;
  engine: "pglite" | "postgres";
  /** raw SQL for assertions that should not go through the code under test */
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
};

/**
 * A fresh database per suite: in-memory PGlite by default, or a new PostgreSQL database on
 * the server DATABASE_URL points at (created here, dropped on close). Migrated for real.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const name = `simexit_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const client = postgres(target.toString(), { max: 10, onnotice: () => {} });
    const db = drizzle(client, { schema });
    await migrateDatabase(db, "postgres");
    return {
      db,
      engine: "postgres",
      query: async (text, params = []) => (await client.unsafe(text, params as never[])) as never,
      close: async () => {
        await client.end({ timeout: 5 });
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end({ timeout: 5 });
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = new PGlite();
  const db = drizzle(client, { schema }) as unknown as Database;
  await migrateDatabase(db, "pglite");
  return {
    db,
    engine: "pglite",
    query: async (text, params = []) => (await client.query(text, params)).rows as never,
    close: () => client.close(),
  };
}

/** Binds a fresh, migrated (and by default seeded) database to the app for this suite. */
export function setupTestDatabase({ seed = true }: { seed?: boolean } = {}) {
  const handle = {} as TestDatabase;
  beforeAll(async () => {
    const testDb = await createTestDatabase();
    Object.assign(handle, testDb);
    if (seed) await seedDatabase(testDb.db, { demo: false });
    bindDatabase(testDb.db, testDb.close);
  });
  afterAll(async () => {
    await closeDb();
  });
  return handle;
}
