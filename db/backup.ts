/**
 * The logical backup: every table of the app's schema as COPY data, in a plain SQL file that
 * either engine can load (and psql too, after `npm run db:migrate`). It is how the embedded
 * database moves to PostgreSQL; PostgreSQL's own backups use pg_dump's custom format and
 * PGlite's its data-folder tarball (scripts/db-backup.ts).
 *
 * Layout: a header line with JSON metadata (format, source engine, the migrations the source
 * had, row counts), then one transaction that drops the foreign keys (the guide's pages and
 * revisions refer to each other), turns the tables' own triggers off (the statistics rollups
 * are copied as they are, not recounted twice), copies every table, sets the sequences, and
 * puts the keys and triggers back, which checks every reference. Nothing half-loaded stays.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";

export const LOGICAL_HEADER = "-- SIM Exit logical backup";
export const LOGICAL_FORMAT = 1;

export type BackupMeta = {
  format: number;
  engine: "pglite" | "postgres";
  madeAt: string;
  migrations: string[];
  rows: Record<string, number>;
};

/** The few things a backup or restore asks of a database, over either driver. */
export type RawDatabase = {
  engine: "pglite" | "postgres";
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** statements without results, in order, on one connection */
  exec(text: string): Promise<void>;
  /** COPY … TO STDOUT, in text format */
  copyOut(statement: string): AsyncIterable<string>;
  /** COPY … FROM STDIN with these text-format lines */
  copyIn(statement: string, lines: string[]): Promise<void>;
  close(): Promise<void>;
};

export async function openRawPostgres(url: string): Promise<RawDatabase> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  // one connection for everything: BEGIN … COMMIT in the backup file spans many statements
  const conn = await sql.reserve();
  return {
    engine: "postgres",
    query: async (text, params = []) => (await conn.unsafe(text, params as never[])) as never,
    exec: async (text) => {
      await conn.unsafe(text);
    },
    copyOut: async function* (statement) {
      const stream = await conn.unsafe(statement).readable();
      const decoder = new TextDecoder();
      for await (const chunk of stream) yield typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    },
    copyIn: async (statement, lines) => {
      const stream = await conn.unsafe(statement).writable();
      await new Promise<void>((resolve, reject) => {
        stream.on("error", reject);
        stream.on("finish", resolve);
        const BATCH = 2000;
        let i = 0;
        const pump = () => {
          while (i < lines.length) {
            const chunk = lines.slice(i, i + BATCH).join("\n") + "\n";
            i += BATCH;
            if (!stream.write(chunk)) return void stream.once("drain", pump);
          }
          stream.end();
        };
        pump();
      });
    },
    close: async () => {
      conn.release();
      await sql.end({ timeout: 5 });
    },
  };
}

type PGliteClient = InstanceType<typeof import("@electric-sql/pglite").PGlite>;

export function rawPglite(client: PGliteClient): RawDatabase {
  return {
    engine: "pglite",
    query: async (text, params = []) => (await client.query(text, params)).rows as never,
    exec: async (text) => {
      await client.exec(text);
    },
    copyOut: async function* (statement) {
      const result = await client.query(statement.replace(/\bTO STDOUT\s*$/i, "TO '/dev/blob'"));
      if (result.blob) yield await result.blob.text();
    },
    copyIn: async (statement, lines) => {
      const blob = new Blob([lines.length ? lines.join("\n") + "\n" : ""]);
      await client.query(statement.replace(/\bFROM stdin\s*$/i, "FROM '/dev/blob'"), [], { blob });
    },
    close: () => client.close(),
  };
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

type TableInfo = { name: string; columns: string[] };

/** The app's tables (schema public), with the columns COPY may write (no generated ones). */
async function listTables(db: RawDatabase): Promise<TableInfo[]> {
  const rows = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, string[]>();
  for (const row of rows) {
    if (!tables.has(row.table_name)) tables.set(row.table_name, []);
    tables.get(row.table_name)!.push(row.column_name);
  }
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/** The migrations a database has had (drizzle's journal), oldest first. */
export async function appliedMigrations(db: RawDatabase): Promise<string[]> {
  const [exists] = await db.query<{ found: boolean }>(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS found`);
  if (!exists?.found) return [];
  const rows = await db.query<{ hash: string }>(`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id`);
  return rows.map((r) => r.hash);
}

/** Rows per table: what a backup holds, and what a restore must find again. */
export async function countRows(db: RawDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(db)) {
    const [row] = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM public.${ident(table.name)}`);
    counts[table.name] = Number(row.n);
  }
  return counts;
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(text)) resolve();
    else {
      out.once("drain", resolve);
      out.once("error", reject);
    }
  });
}

/**
 * Writes the logical backup of `db` to `out`, inside one repeatable-read transaction (a
 * consistent snapshot while the app keeps running on PostgreSQL).
 */
export async function writeLogicalBackup(db: RawDatabase, out: Writable): Promise<BackupMeta> {
  await db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await listTables(db);
    const meta: BackupMeta = {
      format: LOGICAL_FORMAT,
      engine: db.engine,
      madeAt: new Date().toISOString(),
      migrations: await appliedMigrations(db),
      rows: await countRows(db),
    };
    const keys = await db.query<{ table_name: string; name: string; definition: string }>(
      `SELECT cl.relname AS table_name, co.conname AS name, pg_get_constraintdef(co.oid) AS definition
         FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE co.contype = 'f' AND n.nspname = 'public' ORDER BY cl.relname, co.conname`,
    );
    const sequences = await db.query<{ name: string; last_value: string | number | null }>(
      `SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
    );
    await write(out, `${LOGICAL_HEADER} (format ${LOGICAL_FORMAT}): load with npm run db:restore, or psql after npm run db:migrate\n`);
    await write(out, `-- meta: ${JSON.stringify(meta)}\n`);
    await write(out, "BEGIN;\n");
    for (const key of keys) await write(out, `ALTER TABLE public.${ident(key.table_name)} DROP CONSTRAINT ${ident(key.name)};\n`);
    for (const table of tables) await write(out, `ALTER TABLE public.${ident(table.name)} DISABLE TRIGGER USER;\n`);
    for (const table of tables) {
      const columns = table.columns.map(ident).join(", ");
      await write(out, `COPY public.${ident(table.name)} (${columns}) FROM stdin;\n`);
      let pending = "";
      for await (const chunk of db.copyOut(`COPY public.${ident(table.name)} (${columns}) TO STDOUT`)) {
        pending += chunk;
        if (pending.length > 1 << 20) {
          await write(out, pending);
          pending = "";
        }
      }
      if (pending && !pending.endsWith("\n")) pending += "\n";
      await write(out, pending + "\\.\n");
    }
    for (const seq of sequences) {
      const value = seq.last_value === null ? "1, false" : `${seq.last_value}, true`;
      await write(out, `SELECT pg_catalog.setval('public.${ident(seq.name)}', ${value});\n`);
    }
    for (const table of tables) await write(out, `ALTER TABLE public.${ident(table.name)} ENABLE TRIGGER USER;\n`);
    for (const key of keys) await write(out, `ALTER TABLE public.${ident(key.table_name)} ADD CONSTRAINT ${ident(key.name)} ${key.definition};\n`);
    await write(out, "COMMIT;\n");
    return meta;
  } finally {
    await db.exec("COMMIT");
  }
}

/** The metadata line of a logical backup, or null when the file is not one. */
export async function readLogicalMeta(file: string): Promise<BackupMeta | null> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      if (n === 0 && !line.startsWith(LOGICAL_HEADER)) return null;
      if (line.startsWith("-- meta: ")) return JSON.parse(line.slice("-- meta: ".length)) as BackupMeta;
      if (++n > 5) return null;
    }
    return null;
  } finally {
    lines.close();
  }
}

export class RestoreRefused extends Error {}

/**
 * Loads a logical backup into `db`, which must already carry the same migrations; every
 * table must be empty unless `replace` (then they are emptied in the same transaction).
 */
export async function loadLogicalBackup(db: RawDatabase, file: string, { replace = false }: { replace?: boolean } = {}) {
  const meta = await readLogicalMeta(file);
  if (!meta) throw new RestoreRefused(`${file} is not a SIM Exit logical backup.`);
  if (meta.format !== LOGICAL_FORMAT) throw new RestoreRefused(`${file} has backup format ${meta.format}; this version reads format ${LOGICAL_FORMAT}.`);
  const target = await appliedMigrations(db);
  if (target.join() !== meta.migrations.join()) {
    throw new RestoreRefused(
      `The backup was made with ${meta.migrations.length} migrations, this database has ${target.length}.\n` +
        "Restore with the version of the app that made the backup, then upgrade it (npm run db:migrate).",
    );
  }
  const counts = await countRows(db);
  const filled = Object.entries(counts).filter(([, n]) => n > 0);
  if (filled.length > 0 && !replace) {
    throw new RestoreRefused(
      `The target database is not empty (${filled.map(([t, n]) => `${t}: ${n}`).join(", ")}).\n` +
        "Restore into a fresh database, or pass --force to replace what it holds.",
    );
  }
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let copy: { statement: string; rows: string[] } | null = null;
  let began = false;
  let committed = false;
  try {
    for await (const line of lines) {
      if (copy) {
        if (line === "\\.") {
          await db.copyIn(copy.statement, copy.rows);
          copy = null;
        } else {
          copy.rows.push(line);
        }
        continue;
      }
      if (line === "" || line.startsWith("--")) continue;
      if (/^COPY .* FROM stdin;$/.test(line)) {
        copy = { statement: line.slice(0, -1), rows: [] };
        continue;
      }
      if (line === "COMMIT;") {
        await db.exec(line);
        committed = true;
        continue;
      }
      await db.exec(line);
      if (line === "BEGIN;") {
        began = true;
        if (filled.length > 0) await db.exec(`TRUNCATE ${Object.keys(counts).map((t) => `public.${ident(t)}`).join(", ")} RESTART IDENTITY CASCADE`);
      }
    }
    if (copy || !committed) throw new RestoreRefused(`${file} ends early: the backup is incomplete, and nothing of it was kept.`);
  } catch (error) {
    if (began && !committed) await db.exec("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    lines.close();
  }
  return meta;
}
