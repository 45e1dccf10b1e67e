/**
 * A fresh database for one ops test, on the engine the run is for: with DATABASE_URL set, a
 * new PostgreSQL database on that server (dropped afterwards); without it, a new PGlite
 * folder. Also raw SQL for the checks, which never go through the code under test.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { mustRunScript, type AppEnv } from "./app";

export type Engine = "postgres" | "pglite";
export const engine: Engine = process.env.DATABASE_URL ? "postgres" : "pglite";

export type TestDatabase = {
  engine: Engine;
  /** what the app needs to use it (DATABASE_URL or PGLITE_DIR) */
  env: AppEnv;
  url?: string;
  dir?: string;
  /** raw SQL (PGlite: only while no server owns the folder) */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
};

const databaseName = (label: string) => `simexit_ops_${label}_${Date.now().toString(36)}_${randomBytes(2).toString("hex")}`;

export async function createPostgresDatabase(label: string, adminUrl = process.env.DATABASE_URL!): Promise<TestDatabase> {
  const name = databaseName(label);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  let client: ReturnType<typeof postgres> | null = null;
  return {
    engine: "postgres",
    env: { DATABASE_URL: url },
    url,
    query: async (text, params = []) => {
      client ??= postgres(url, { max: 4, onnotice: () => {} });
      return (await client.unsafe(text, params as never[])) as never;
    },
    drop: async () => {
      await client?.end({ timeout: 5 });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end({ timeout: 5 });
    },
  };
}

export function createPgliteDatabase(label: string): TestDatabase {
  const base = mkdtempSync(path.join(tmpdir(), `simexit-ops-${label}-`));
  const dir = path.join(base, "pglite");
  return {
    engine: "pglite",
    env: { PGLITE_DIR: dir },
    dir,
    query: async (text, params = []) => {
      const { PGlite } = await import("@electric-sql/pglite");
      const client = new PGlite(dir);
      try {
        return (await client.query(text, params)).rows as never;
      } finally {
        await client.close();
      }
    },
    drop: async () => rmSync(base, { recursive: true, force: true }),
  };
}

export async function createDatabase(label: string): Promise<TestDatabase> {
  return engine === "postgres" ? createPostgresDatabase(label) : createPgliteDatabase(label);
}

/** As a production install does: migrate and seed PostgreSQL (PGlite does both on first start). */
export function prepareDatabase(db: TestDatabase, env: NodeJS.ProcessEnv) {
  if (db.engine !== "postgres") return;
  mustRunScript("db-migrate", [], env);
  mustRunScript("db-seed", [], env);
}
