/**
 * `npm run db:restore -- [--force] <file>`: loads a backup made by `npm run db:backup` into
 * the database the app is configured for, then recounts the statistics (as stats:verify).
 *
 *   pg_dump file (.dump)       → PostgreSQL, with pg_restore in one transaction
 *   PGlite folder dump (.tgz)  → the embedded database, or PostgreSQL (moving off PGlite:
 *                                 the tarball is opened in a temporary PGlite and copied over)
 *   logical backup (.sql)      → either engine
 *
 * The target must be empty (a fresh PostgreSQL database, or no embedded database yet);
 * --force replaces what it holds (PGlite: the old folder is kept beside the new one as
 * <folder>.before-restore-<time>). Stop the app first: PGlite's lock enforces it for the
 * embedded database; on PostgreSQL a running app would keep serving its cached pages.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, closeSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import {
  countRows,
  LOGICAL_HEADER,
  loadLogicalBackup,
  openRawPostgres,
  rawPglite,
  RestoreRefused,
  writeLogicalBackup,
  type RawDatabase,
} from "../db/backup";
import { bindDatabase, closeDb, type Database } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { lockDataDir } from "../db/pglite-lock";
import { verifyRollups } from "../db/queries/rollup-verify";
import * as schema from "../db/schema";
import { env } from "../lib/env";
import { explainFailure } from "./cli";

process.on("uncaughtException", (error) => {
  console.error(`\n${error instanceof RestoreRefused ? error.message : explainFailure(error)}\n`);
  process.exit(1);
});

const usage = "Usage: npm run db:restore -- [--force] <file>";
const args = process.argv.slice(2);
const force = args.includes("--force");
const positional = args.filter((a) => !a.startsWith("--"));
if (positional.length !== 1 || args.some((a) => a.startsWith("--") && a !== "--force")) {
  console.error(usage);
  process.exit(2);
}
const file = path.resolve(positional[0]);
if (!existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(1);
}
const { database } = env();
if (database.kind === "memory") throw new Error("no database to restore into while building");

type Kind = "pg_dump" | "pglite_tarball" | "logical";
const kind = detect(file);
const started = Date.now();
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

if (database.kind === "postgres") {
  if (kind === "pg_dump") {
    await pgRestore(database.url, file);
  } else if (kind === "logical") {
    await logicalIntoPostgres(database.url, file);
  } else {
    // moving off the embedded database: open the tarball in a throwaway PGlite, copy it over logically
    const scratch = mkdtempSync(path.join(tmpdir(), "simexit-restore-"));
    try {
      const { PGlite } = await import("@electric-sql/pglite");
      const client = new PGlite(path.join(scratch, "pglite"), { loadDataDir: new Blob([readFileSync(file)]) });
      const logical = path.join(scratch, "backup.sql");
      const out = createWriteStream(logical);
      await writeLogicalBackup(rawPglite(client), out);
      out.end();
      await finished(out);
      await client.close();
      await logicalIntoPostgres(database.url, logical);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(database.url, { max: 2, onnotice: () => {} });
  await report(await openRawPostgres(database.url), drizzle(client, { schema }), () => client.end({ timeout: 5 }));
} else {
  if (kind === "pg_dump") {
    throw new RestoreRefused(
      "This is a pg_dump backup: it restores into PostgreSQL (set DATABASE_URL).\n" +
        "To bring PostgreSQL data into the embedded database, make a logical backup: npm run db:backup -- --format=sql",
    );
  }
  await intoPglite(database.dir, file, kind);
}
console.log(`Restored ${path.basename(file)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(0);

function detect(name: string): Kind {
  const fd = openSync(name, "r");
  const head = Buffer.alloc(64);
  readSync(fd, head, 0, 64, 0);
  closeSync(fd);
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite_tarball";
  if (head.toString("utf8").startsWith(LOGICAL_HEADER)) return "logical";
  throw new RestoreRefused(`${name} is not a backup made by npm run db:backup (pg_dump custom format, PGlite .tgz or logical .sql).`);
}

async function pgRestore(url: string, dump: string) {
  if (spawnSync("pg_restore", ["--version"]).error) {
    throw new RestoreRefused(
      "pg_restore was not found. Install PostgreSQL's client tools, the server's major version or newer\n" +
        "(Debian/Ubuntu: apt-get install postgresql-client).",
    );
  }
  const raw = await openRawPostgres(url);
  const [{ n }] = await raw.query<{ n: string | number }>(
    "SELECT count(*) AS n FROM pg_tables WHERE schemaname IN ('public', 'drizzle')",
  );
  await raw.close();
  if (Number(n) > 0 && !force) {
    throw new RestoreRefused("The target database is not empty. Restore into a fresh database (createdb), or pass --force to replace what it holds.");
  }
  const result = spawnSync(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", ...(force ? ["--clean", "--if-exists"] : []), `--dbname=${url}`, dump],
    { encoding: "utf8", env: { ...process.env, PGCONNECT_TIMEOUT: "10" } },
  );
  if (result.status !== 0) throw new RestoreRefused(`pg_restore failed (nothing was changed):\n${(result.stderr || "").trim()}`);
}

async function logicalIntoPostgres(url: string, backup: string) {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  await migrateDatabase(drizzle(client, { schema }), "postgres");
  await client.end({ timeout: 5 });
  const raw = await openRawPostgres(url);
  try {
    await loadLogicalBackup(raw, backup, { replace: force });
  } finally {
    await raw.close();
  }
}

/** Builds the new embedded database in a folder beside the target, checks it, then swaps. */
async function intoPglite(dir: string, backup: string, format: "pglite_tarball" | "logical") {
  const release = lockDataDir(dir); // refuses while the app (or another script) owns the folder
  const hasDatabase = existsSync(path.join(dir, "PG_VERSION"));
  const others = readdirSync(dir).filter((f) => f !== "sim-exit.lock");
  if (hasDatabase && !force) throw new RestoreRefused(`There is already an embedded database in ${dir}. Pass --force to replace it (the old folder is kept beside it).`);
  if (!hasDatabase && others.length > 0) throw new RestoreRefused(`${dir} holds files but no database; move them away first.`);
  const building = `${dir}.restoring-${stamp}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(path.dirname(building), { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  try {
    const client =
      format === "pglite_tarball" ? new PGlite(building, { loadDataDir: new Blob([readFileSync(backup)]) }) : new PGlite(building);
    const db = drizzle(client, { schema }) as unknown as Database;
    if (format === "logical") {
      await migrateDatabase(db, "pglite");
      await loadLogicalBackup(rawPglite(client), backup);
    }
    await report(rawPglite(client), db, () => client.close());
    // a folder dump carries the lock file of the process that made it
    rmSync(path.join(building, "sim-exit.lock"), { force: true });
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  if (hasDatabase) {
    const kept = `${dir}.before-restore-${stamp}`;
    renameSync(dir, kept);
    rmSync(path.join(kept, "sim-exit.lock"), { force: true });
    console.log(`The previous embedded database is kept in ${kept}.`);
  } else {
    rmSync(dir, { recursive: true, force: true });
  }
  renameSync(building, dir);
  release();
}

/** Prints what was restored and recounts every statistic; exits non-zero on a difference. */
async function report(raw: RawDatabase, db: Database, close: () => Promise<void>) {
  const counts = await countRows(raw);
  const [published] = await raw.query<{ n: string | number }>("SELECT count(*) AS n FROM reports WHERE status = 'published'");
  if (raw.engine === "postgres") await raw.close();
  bindDatabase(db, close);
  const differences = await verifyRollups();
  await closeDb();
  console.log(
    `Restored: ${counts.reports ?? 0} reports (${Number(published.n)} published), ${counts.guide_pages ?? 0} guide pages with ` +
      `${counts.guide_revisions ?? 0} revisions, ${counts.users ?? 0} accounts, ${counts.operators ?? 0} operators.`,
  );
  if (differences.length > 0) {
    throw new RestoreRefused(`The restored statistics differ from a recount in ${differences.length} rows: the backup is inconsistent.`);
  }
  console.log("Statistics verified: every rollup equals a recount from the raw reports.");
}
