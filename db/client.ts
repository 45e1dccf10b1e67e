import { mkdirSync } from "node:fs";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./errors";
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
  watch?: { down: boolean; stop: () => Promise<void> };
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
  // while the watch (below) finds the database away, fail at once: a 503 now, not a request
  // queued for a connection that cannot be made
  if (holder.watch?.down) return Promise.reject(new DatabaseUnavailableError());
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

/**
 * For server processes on PostgreSQL: asks the database `select 1` every second over a
 * connection of its own. Two failed attempts in a row (a connection error, not a slow
 * answer) mark it away: getDb() then fails at once with DatabaseUnavailableError until an
 * attempt succeeds again, which is noticed within a quarter of a second of its return.
 * `onChange` hears of each change (the server logs it).
 */
export function watchDatabase({
  intervalMs = 1000,
  downIntervalMs = 250,
  onChange = () => {},
}: { intervalMs?: number; downIntervalMs?: number; onChange?: (state: "away" | "back") => void } = {}) {
  const settings = holder.settings;
  if (settings?.kind !== "postgres" || holder.watch) return;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let client: Awaited<ReturnType<typeof postgresClient>> | undefined;
  const watch = { down: false, stop: async () => {} };
  const attempt = async () => {
    let timeout: NodeJS.Timeout | undefined;
    try {
      client ??= await postgresClient(settings.url, { max: 1, connect_timeout: 3, idle_timeout: 0 });
      await Promise.race([client`select 1`, new Promise((_, reject) => (timeout = setTimeout(() => reject(new Error("slow")), 3000)))]);
      return "up";
    } catch (error) {
      // a full server (too many connections) is up: the pool's own connections still work
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("53")) return "unknown";
      return isDatabaseUnavailable(error) ? "away" : "unknown";
    } finally {
      clearTimeout(timeout);
    }
  };
  const tick = async () => {
    let verdict = await attempt();
    if (verdict === "away" && !watch.down) verdict = await attempt(); // one dropped connection is not an outage
    if (verdict === "away" && !watch.down) {
      watch.down = true;
      onChange("away");
    } else if (verdict === "up" && watch.down) {
      watch.down = false;
      onChange("back");
    }
    if (!stopped) {
      timer = setTimeout(tick, watch.down ? downIntervalMs : intervalMs);
      timer.unref();
    }
  };
  watch.stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end({ timeout: 1 });
  };
  holder.watch = watch;
  void tick();
}

async function postgresClient(url: string, options: { max: number; connect_timeout: number; idle_timeout?: number }) {
  const { default: postgres } = await import("postgres");
  return postgres(url, { ...options, onnotice: () => {}, backoff: reconnectDelaySeconds });
}

export async function closeDb() {
  const watch = holder.watch;
  holder.watch = undefined;
  await watch?.stop();
  const close = holder.close;
  holder.promise = undefined;
  holder.close = undefined;
  holder.listen = undefined;
  await close?.();
}

// `next build` prerenders in worker processes that run no start-up code: they get the
// throwaway seeded database lib/env.ts would give them (Next's own phase flag, not configuration)
const buildPhase = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * How long postgres.js waits before reconnecting after failed attempts. Its default grows to
 * 20 s, and a query waiting for a connection waits through it: during an outage requests hung
 * for half a minute instead of answering 503, and after it the app took as long to notice the
 * database was back. Refused connections are cheap for the server: retry within half a second.
 */
function reconnectDelaySeconds(attempts: number) {
  return Math.min(0.05 * 2 ** attempts, 0.5) * (0.5 + Math.random() / 2);
}

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
      backoff: reconnectDelaySeconds,
    });
    let listener: ReturnType<typeof postgres> | undefined;
    holder.listen = async (channel, handlers) => {
      // its own connection: a dropped listener is noticed (onclose) and re-established by postgres.js
      listener = postgres(settings.url, { max: 1, onnotice: () => {}, connect_timeout: 5, backoff: reconnectDelaySeconds, onclose: () => handlers.lost() });
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
