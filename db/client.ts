import { mkdirSync } from "node:fs";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

/**
 * The one database client: postgres.js for PostgreSQL, or PGlite (a folder, or in memory
 * while `next build` prerenders). Both drivers expose the same drizzle query API; we type
 * them as one. Settings come from lib/env.ts through configureDatabase(): this layer reads
 * no configuration itself.
 */
export type Database = PostgresJsDatabase<typeof schema>;

export type DatabaseSettings =
  | { kind: "postgres"; url: string; poolSize: number }
  | { kind: "pglite"; dir: string; seedDemo: boolean }
  | { kind: "memory" };

type Holder = {
  settings?: DatabaseSettings;
  promise?: Promise<Database>;
  close?: () => Promise<void>;
  listen?: (channel: string, handlers: ListenHandlers) => Promise<void>;
};

export type ListenHandlers = {
  /** a notification arrived */
  notify: () => void;
  /** listening (again): anything sent while not listening was missed */
  ready: () => void;
  /** the listening connection went away; `ready` follows when it is back */
  lost: () => void;
};
// one holder per process, whichever bundle (Next's, a script's, a test's) loads this module
const globalForDb = globalThis as unknown as { __simExitDb?: Holder };
const holder: Holder = (globalForDb.__simExitDb ??= {});

export function configureDatabase(settings: DatabaseSettings) {
  holder.settings = settings;
}

export function getDb(): Promise<Database> {
  holder.promise ??= openDatabase().catch((error) => {
    holder.promise = undefined; // let the next request try again
    throw error;
  });
  return holder.promise;
}

/** Calls `handlers` on NOTIFY `channel` (the database must be open: see getDb()). */
export async function listenForChanges(channel: string, handlers: ListenHandlers) {
  await getDb();
  if (!holder.listen) throw new Error("this database cannot listen");
  await holder.listen(channel, handlers);
}

/** Tests and scripts bind an already-open database (an in-memory PGlite, a fresh PG database). */
export function bindDatabase(db: Database, close?: () => Promise<void>) {
  holder.promise = Promise.resolve(db);
  holder.close = close;
  holder.listen = undefined;
}

export async function closeDb() {
  const close = holder.close;
  holder.promise = undefined;
  holder.close = undefined;
  holder.listen = undefined;
  await close?.();
}

// `next build` prerenders in worker processes that run no start-up code: they get the
// throwaway seeded database lib/env.ts would give them (Next's own phase flag, not configuration)
const buildPhase = () => process.env.NEXT_PHASE === "phase-production-build";

async function openDatabase(): Promise<Database> {
  const settings = holder.settings ?? (buildPhase() ? ({ kind: "memory" } as const) : undefined);
  if (!settings) throw new Error("The database is not configured: call configureDatabase(env().database) at start-up.");
  if (settings.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(settings.url, {
      max: settings.poolSize,
      onnotice: () => {},
      connect_timeout: 5,
      // a dead server must not hold a request forever: fail the query, answer 503
      idle_timeout: 60,
    });
    let listener: ReturnType<typeof postgres> | undefined;
    holder.listen = async (channel, handlers) => {
      // its own connection: a dropped listener is noticed (onclose) and re-established by postgres.js
      listener = postgres(settings.url, { max: 1, onnotice: () => {}, connect_timeout: 5, onclose: () => handlers.lost() });
      await listener.listen(channel, () => handlers.notify(), () => handlers.ready());
    };
    holder.close = async () => {
      await listener?.end({ timeout: 2 });
      await client.end({ timeout: 5 });
    };
    return drizzle(client, { schema });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let client: InstanceType<typeof PGlite>;
  let release = () => {};
  if (settings.kind === "pglite") {
    mkdirSync(/* turbopackIgnore: true */ settings.dir, { recursive: true }); // PGlite does not create parent folders
    const { lockDataDir } = await import("./pglite-lock");
    release = lockDataDir(settings.dir);
    client = new PGlite(settings.dir);
  } else {
    client = new PGlite();
  }
  const db = drizzle(client, { schema }) as unknown as Database;
  const { migrateDatabase } = await import("./migrate");
  await migrateDatabase(db, "pglite");
  const { seedDatabase } = await import("./seed");
  await seedDatabase(db, { demo: settings.kind === "pglite" && settings.seedDemo });
  holder.listen = async (channel, handlers) => {
    await client.listen(channel, () => handlers.notify());
    handlers.ready(); // one process owns the database: nothing can be missed
  };
  holder.close = async () => {
    await client.close();
    release();
  };
  return db;
}

export { schema };
