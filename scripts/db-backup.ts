/**
 * `npm run db:backup -- [--format=native|sql] [file]`: a backup of the database the app is
 * configured for (DATABASE_URL, else the embedded PGlite in PGLITE_DIR).
 *
 * native (default): PostgreSQL → `pg_dump --format=custom` (restore with pg_restore, which
 *   `npm run db:restore` runs); PGlite → its own dump of the data folder (a .tgz, PGlite's
 *   dumpDataDir), taken with the app stopped (one process owns the folder).
 * sql: a logical backup (db/backup.ts) that either engine can load.
 *
 * The file is written under a temporary name and renamed when complete: a backup that exists
 * is whole. Default: backups/simexit-<engine>-<time>.<dump|tgz|sql>.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { openRawPostgres, rawPglite, writeLogicalBackup, type RawDatabase } from "../db/backup";
import { lockDataDir } from "../db/pglite-lock";
import { env } from "../lib/env";
import { exitOnFailure } from "./cli";

exitOnFailure();

const usage = "Usage: npm run db:backup -- [--format=native|sql] [file]";
const args = process.argv.slice(2);
const formatArg = args.find((a) => a.startsWith("--format="))?.slice("--format=".length) ?? "native";
const positional = args.filter((a) => !a.startsWith("--"));
if (!["native", "sql"].includes(formatArg) || positional.length > 1 || args.some((a) => a.startsWith("--") && !a.startsWith("--format="))) {
  console.error(usage);
  process.exit(2);
}
const format = formatArg as "native" | "sql";
const { database } = env();
if (database.kind === "memory") throw new Error("no database to back up while building");

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const extension = format === "sql" ? "sql" : database.kind === "postgres" ? "dump" : "tgz";
const file = path.resolve(positional[0] ?? path.join("backups", `simexit-${database.kind}-${stamp}.${extension}`));
const partial = `${file}.partial`;
mkdirSync(path.dirname(file), { recursive: true });

const started = Date.now();
try {
  if (database.kind === "postgres" && format === "native") {
    pgDump(database.url, partial);
  } else {
    let raw: RawDatabase | null = null;
    let release = () => {};
    if (database.kind === "postgres") {
      raw = await openRawPostgres(database.url);
    } else {
      if (!existsSync(path.join(database.dir, "PG_VERSION"))) {
        console.error(`There is no embedded database in ${database.dir}: nothing to back up.`);
        process.exit(1);
      }
      release = lockDataDir(database.dir);
      const { PGlite } = await import("@electric-sql/pglite");
      const client = new PGlite(database.dir);
      await client.waitReady; // dumpDataDir does not wait for start-up by itself
      if (format === "native") {
        const dump = await client.dumpDataDir("gzip");
        writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
        await client.close();
      } else {
        raw = rawPglite(client);
      }
    }
    if (raw) {
      const out = createWriteStream(partial);
      try {
        await writeLogicalBackup(raw, out);
      } finally {
        out.end();
        await finished(out);
        await raw.close();
      }
    }
    release();
  }
  renameSync(partial, file);
} catch (error) {
  rmSync(partial, { force: true });
  throw error;
}
const size = statSync(file).size;
console.log(`Backup written: ${file} (${(size / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
const shown = path.relative(process.cwd(), file);
console.log(`Restore it with: npm run db:restore -- ${shown.startsWith("..") ? file : shown}`);

function pgDump(url: string, out: string) {
  const probe = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    console.error(
      "pg_dump was not found. Install PostgreSQL's client tools, the server's major version or newer\n" +
        "(Debian/Ubuntu: apt-get install postgresql-client), or make a logical backup instead:\n" +
        "  npm run db:backup -- --format=sql",
    );
    process.exit(1);
  }
  const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${out}`, `--dbname=${url}`], {
    encoding: "utf8",
    env: { ...process.env, PGCONNECT_TIMEOUT: "10" },
  });
  if (result.status !== 0) {
    const message = (result.stderr || "").trim();
    console.error(`pg_dump failed:\n${message}`);
    if (/version mismatch/i.test(message)) console.error(`Your pg_dump is ${probe.stdout.trim()}: install the client tools of the server's major version or newer.`);
    rmSync(out, { force: true });
    process.exit(1);
  }
}
