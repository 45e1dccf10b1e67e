import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

/**
 * The one database client (db/index.ts re-exports it for server code; scripts/serve.ts
 * uses it directly to share the same connection). postgres.js when DATABASE_URL is set, otherwise PGlite in
 * PGLITE_DIR (default .data/pglite), migrated and seeded on first use.
 * Both drivers expose the same drizzle query API; we type them as one.
 */
export type Database = PostgresJsDatabase<typeof schema>;

type Holder = { promise?: Promise<Database>; close?: () => Promise<void> };
const globalForDb = globalThis as unknown as { __simExitDb?: Holder };
const holder: Holder = (globalForDb.__simExitDb ??= {});

/** The database if this process has opened it already, else null (never opens one). */
export function peekDb(): Promise<Database> | null {
  return holder.promise ?? null;
}

export function getDb(): Promise<Database> {
  holder.promise ??= openDatabase().catch((error) => {
    holder.promise = undefined; // let the next request try again
    throw error;
  });
  return holder.promise;
}

/** Tests and scripts bind an already-open database (an in-memory PGlite, a fresh PG database). */
export function bindDatabase(db: Database, close?: () => Promise<void>) {
  holder.promise = Promise.resolve(db);
  holder.close = close;
}

export async function closeDb() {
  const close = holder.close;
  holder.promise = undefined;
  holder.close = undefined;
  await close?.();
}

export function pgliteDir() {
  return path.resolve(/* turbopackIgnore: true */ process.env.PGLITE_DIR || ".data/pglite");
}

async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      onnotice: () => {},
      connect_timeout: 10,
    });
    holder.close = () => client.end({ timeout: 5 });
    return drizzle(client, { schema });
  }
  const dir = pgliteDir();
  mkdirSync(/* turbopackIgnore: true */ dir, { recursive: true }); // PGlite does not create parent folders
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = new PGlite(dir);
  const db = drizzle(client, { schema }) as unknown as Database;
  const { migrateDatabase } = await import("./migrate");
  await migrateDatabase(db, "pglite");
  const { seedDatabase } = await import("./seed");
  await seedDatabase(db, { demo: demoDataWanted() });
  holder.close = () => client.close();
  return db;
}

/** Demo reports: `npm run dev` (NODE_ENV=development) or SEED_DEMO=1, never otherwise. */
export function demoDataWanted() {
  if (process.env.SEED_DEMO === "1") return true;
  if (process.env.SEED_DEMO === "0") return false;
  return process.env.NODE_ENV === "development";
}

export { schema };
