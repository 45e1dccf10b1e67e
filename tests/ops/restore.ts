/**
 * Backups that restore: `npm run db:backup` then `npm run db:restore` into a fresh database,
 * and the restored one must hold the same rows, show the same statistics and the same guide
 * revisions through the app's API, and pass `stats:verify`.
 *
 * On PostgreSQL (DATABASE_URL set): 100,000 reports bulk-loaded with generate_series on top
 * of reports, flags and guide edits made through the app; pg_dump -Fc / pg_restore, timed;
 * the messages when the client tools are missing; a restore refused over a non-empty
 * database. Then the move off the embedded database: a PGlite folder made by the app, backed
 * up with PGlite's own dump, restored into a fresh PostgreSQL database.
 * On PGlite: the same with PGlite's folder dump and with the logical (SQL) backup, each into a
 * new folder; a restore over an existing database needs --force and keeps the old folder.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { appEnv, mustRunScript, requireBuild, runScript, startApp, waitHealthy } from "./support/app";
import { check, finish, heading, note, opsPort, sleep } from "./support/check";
import { createPgliteDatabase, createPostgresDatabase, engine, prepareDatabase, type TestDatabase } from "./support/database";
import { addressOf, OPERATORS, postReport, reportBody, signIn } from "./support/http";

const BULK = Number(process.env.RESTORE_REPORTS || (engine === "postgres" ? 100_000 : 20_000));
const port = opsPort(6);
const member = { email: "restore-member@ops.test", password: `ops-${randomBytes(9).toString("base64url")}` };

requireBuild();
const cleanup: TestDatabase[] = [];
const scratch: string[] = [];

/** Everything a reader can see that a restore must bring back, read through the API. */
async function snapshot(base: string) {
  const get = async (p: string) => {
    const response = await fetch(`${base}${p}`);
    if (response.status !== 200) throw new Error(`GET ${p} answered ${response.status}`);
    return response.json();
  };
  const result: Record<string, unknown> = { operators: await get("/api/v1/operators") };
  for (const operator of OPERATORS) result[`stats:${operator}`] = await get(`/api/v1/operators/${operator}/stats`);
  for (const locale of ["zh", "en"]) {
    const pages = (await get(`/api/v1/guide?locale=${locale}`)) as Array<{ slug: string }>;
    result[`guide:${locale}`] = pages;
    for (const page of pages) result[`revisions:${locale}:${page.slug}`] = await get(`/api/v1/guide/${page.slug}/revisions?locale=${locale}`);
  }
  result.reports = await get("/api/v1/reports?limit=100");
  return result;
}

async function snapshotWith(env: NodeJS.ProcessEnv) {
  const app = startApp({ port, env });
  try {
    await waitHealthy(app);
    return await snapshot(app.base);
  } finally {
    await app.stop();
  }
}

async function tableCounts(db: TestDatabase) {
  const tables = await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM "${name}"`))[0].n);
  return counts;
}

const BULK_SQL = `
  INSERT INTO reports (operator_id, channel, outcome, attempted_month, days_to_complete, location, documents, story, language, status, idempotency_key, created_at)
  SELECT (SELECT id FROM operators ORDER BY sort_order LIMIT 1 OFFSET (i % 5)),
         (enum_range(NULL::channel))[1 + (i * 7) % 9],
         (enum_range(NULL::outcome))[1 + (i * 13) % 3],
         to_char(date '2023-01-01' + ((i * 31) % 1000), 'YYYY-MM'),
         CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 17) % 120 END,
         (enum_range(NULL::location))[1 + i % 2],
         ARRAY[(enum_range(NULL::document_kind))[1 + i % 5]],
         'bulk', 'zh',
         CASE WHEN i % 97 = 0 THEN 'pending'::report_status ELSE 'published'::report_status END,
         'bulk-' || i, now() - (i || ' seconds')::interval
  FROM generate_series(1, $1::int) AS i`;

/** Reports, flags (which hide some) and two guide edits, all made through the running app. */
async function exerciseTheApp(base: string) {
  const jar = await signIn(base, member.email, member.password);
  const [page] = (await (await fetch(`${base}/api/v1/guide?locale=en`)).json()) as Array<{ slug: string }>;
  for (let edit = 0; edit < 2; edit++) {
    const current = (await (await fetch(`${base}/api/v1/guide/${page.slug}?locale=en`)).json()) as { revisionId: number; body: string };
    const response = await fetch(`${base}/api/v1/guide/${page.slug}`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: jar.header(), "x-forwarded-for": addressOf(200) },
      body: JSON.stringify({ locale: "en", baseRevisionId: current.revisionId, body: `${current.body}\n\nA note added by the restore test (${edit + 1}).\n`, summary: `restore test ${edit + 1}` }),
    });
    if (response.status !== 200) throw new Error(`guide edit answered ${response.status}: ${await response.text()}`);
  }
  const ids: string[] = [];
  for (let i = 0; i < 60; i++) {
    const result = await postReport(base, reportBody(i), addressOf(i % 6));
    if (result.kind !== "answered" || result.status !== 201 || !result.id) throw new Error(`post ${i} failed`);
    ids.push(result.id);
  }
  for (const [k, id] of ids.slice(0, 4).entries()) {
    for (let reader = 0; reader < 3; reader++) {
      await fetch(`${base}/api/v1/reports/${id}/flag`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": addressOf(400 + k * 3 + reader) },
        body: JSON.stringify({ reason: "restore test flag" }),
      });
    }
  }
  await sleep(1500); // past the cache's grace after the last write
}

function sizeOf(file: string) {
  return `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, (performance.now() - started) / 1000];
}

async function compare(label: string, source: { counts: Record<string, number>; view: unknown }, target: TestDatabase, env: NodeJS.ProcessEnv) {
  const counts = await tableCounts(target);
  const differing = Object.keys({ ...source.counts, ...counts }).filter((t) => source.counts[t] !== counts[t]);
  check(`${label}: the same row counts in every table`, differing.length === 0, differing.length ? differing.map((t) => `${t} ${source.counts[t]}→${counts[t]}`).join(", ") : `${counts.reports} reports, ${counts.guide_revisions} revisions, ${counts.report_flags} flags`);
  const verify = runScript("stats-verify", [], env);
  check(`${label}: npm run stats:verify is clean`, verify.status === 0, (verify.stdout + verify.stderr).trim().split("\n")[0]);
  const view = await snapshotWith(env);
  const differentKeys = Object.keys(source.view as object).filter((k) => !isDeepStrictEqual((source.view as Record<string, unknown>)[k], (view as Record<string, unknown>)[k]));
  check(`${label}: the same statistics, guide pages, revisions and reports through the API`, differentKeys.length === 0, differentKeys.slice(0, 5).join(", "));
}

try {
  if (engine === "postgres") {
    heading(`backup and restore on PostgreSQL with ${BULK.toLocaleString("en")} bulk-loaded reports`);
    const source = await createPostgresDatabase("restore_src");
    cleanup.push(source);
    const sourceEnv = appEnv({ ...source.env, REPORT_LIMIT_PER_HOUR: "1000" });
    prepareDatabase(source, sourceEnv);
    mustRunScript("user-create", [member.email, "member", "Restore Member"], { ...sourceEnv, USER_PASSWORD: member.password });
    const app = startApp({ port, env: sourceEnv });
    await waitHealthy(app);
    await exerciseTheApp(app.base);
    await app.stop();
    const loadStarted = performance.now();
    await source.query(BULK_SQL, [BULK]);
    await source.query("ANALYZE reports");
    note(`bulk-loaded ${BULK.toLocaleString("en")} reports in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
    // the view first: a server starting on PGlite seeds (and logs cache invalidations for) the operators
    const view = await snapshotWith(sourceEnv);
    const before = { counts: await tableCounts(source), view };

    const dir = mkdtempSync(path.join(tmpdir(), "simexit-ops-backups-"));
    scratch.push(dir);
    const file = path.join(dir, "simexit.dump");
    const [backup, backupSeconds] = timed(() => runScript("db-backup", [file], sourceEnv));
    check("npm run db:backup (pg_dump -Fc) succeeds", backup.status === 0 && existsSync(file), `${backupSeconds.toFixed(1)} s, ${existsSync(file) ? sizeOf(file) : "no file"}`);

    const noTools = { ...sourceEnv, PATH: "/nonexistent" };
    const missingDump = runScript("db-backup", [path.join(dir, "never.dump")], noTools);
    check("without pg_dump, db:backup says what to install", missingDump.status === 1 && /pg_dump was not found[\s\S]*postgresql-client/.test(missingDump.stderr), missingDump.stderr.trim().split("\n")[0]);

    const target = await createPostgresDatabase("restore_dst");
    cleanup.push(target);
    const targetEnv = appEnv({ ...target.env });
    const missingRestore = runScript("db-restore", [file], { ...targetEnv, PATH: "/nonexistent" });
    check("without pg_restore, db:restore says what to install", missingRestore.status === 1 && /pg_restore was not found/.test(missingRestore.stderr), missingRestore.stderr.trim().split("\n")[0]);
    const [restore, restoreSeconds] = timed(() => runScript("db-restore", [file], targetEnv));
    check(`npm run db:restore into a fresh database`, restore.status === 0, `${restoreSeconds.toFixed(1)} s for ${BULK.toLocaleString("en")} reports`);
    note(restore.stdout.trim().replace(/\n/g, "\n       "));
    console.log(`RESTORE_TIME ${BULK} reports: backup ${backupSeconds.toFixed(1)} s, restore ${restoreSeconds.toFixed(1)} s (PostgreSQL, pg_dump -Fc / pg_restore)`);
    await compare("pg_restore", before, target, targetEnv);
    const again = runScript("db-restore", [file], targetEnv);
    check("a restore over a database that is not empty is refused without --force", again.status === 1 && /not empty/.test(again.stderr));

    heading("moving from the embedded database to PostgreSQL (npm run db:backup, then npm run db:restore)");
    const embedded = createPgliteDatabase("restore_move");
    cleanup.push(embedded);
    const embeddedEnv = appEnv({ ...embedded.env, REPORT_LIMIT_PER_HOUR: "1000" });
    mustRunScript("user-create", [member.email, "member", "Restore Member"], { ...embeddedEnv, USER_PASSWORD: member.password });
    const pgliteApp = startApp({ port, env: embeddedEnv });
    await waitHealthy(pgliteApp);
    await exerciseTheApp(pgliteApp.base);
    const embeddedView = await snapshot(pgliteApp.base);
    await pgliteApp.stop();
    const embeddedCounts = await tableCounts(embedded);
    const tarball = path.join(dir, "embedded.tgz");
    const pgliteBackup = runScript("db-backup", [tarball], embeddedEnv);
    check("npm run db:backup on PGlite writes its folder dump", pgliteBackup.status === 0 && existsSync(tarball), existsSync(tarball) ? sizeOf(tarball) : pgliteBackup.stderr);
    const moved = await createPostgresDatabase("restore_moved");
    cleanup.push(moved);
    const movedEnv = appEnv({ ...moved.env });
    const [move, moveSeconds] = timed(() => runScript("db-restore", [tarball], movedEnv));
    check("npm run db:restore of the PGlite dump into a fresh PostgreSQL database", move.status === 0, `${moveSeconds.toFixed(1)} s ${move.stderr.trim()}`);
    await compare("PGlite → PostgreSQL", { counts: embeddedCounts, view: embeddedView }, moved, movedEnv);
  } else {
    heading(`backup and restore on PGlite with ${BULK.toLocaleString("en")} bulk-loaded reports`);
    const source = createPgliteDatabase("restore_src");
    cleanup.push(source);
    const sourceEnv = appEnv({ ...source.env, REPORT_LIMIT_PER_HOUR: "1000" });
    mustRunScript("user-create", [member.email, "member", "Restore Member"], { ...sourceEnv, USER_PASSWORD: member.password });
    const app = startApp({ port, env: sourceEnv });
    await waitHealthy(app);
    await exerciseTheApp(app.base);
    await app.stop();
    const loadStarted = performance.now();
    await source.query(BULK_SQL, [BULK]);
    note(`bulk-loaded ${BULK.toLocaleString("en")} reports in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
    // the view first: a server starting on PGlite seeds (and logs cache invalidations for) the operators
    const view = await snapshotWith(sourceEnv);
    const before = { counts: await tableCounts(source), view };
    const dir = path.dirname(source.dir!);

    for (const format of ["native", "sql"] as const) {
      const file = path.join(dir, format === "native" ? "backup.tgz" : "backup.sql");
      const [backup, backupSeconds] = timed(() => runScript("db-backup", [`--format=${format}`, file], sourceEnv));
      check(`npm run db:backup --format=${format} succeeds`, backup.status === 0 && existsSync(file), `${backupSeconds.toFixed(1)} s, ${existsSync(file) ? sizeOf(file) : backup.stderr}`);
      const target = createPgliteDatabase(`restore_${format}`);
      cleanup.push(target);
      const targetEnv = appEnv({ ...target.env });
      const [restore, restoreSeconds] = timed(() => runScript("db-restore", [file], targetEnv));
      check(`npm run db:restore (${format}) into a new folder`, restore.status === 0, `${restoreSeconds.toFixed(1)} s ${restore.stderr.trim()}`);
      console.log(`RESTORE_TIME ${BULK} reports: backup ${backupSeconds.toFixed(1)} s, restore ${restoreSeconds.toFixed(1)} s (PGlite, ${format === "native" ? "folder dump" : "logical SQL"})`);
      await compare(`PGlite ${format}`, before, target, targetEnv);
      if (format === "native") {
        const refused = runScript("db-restore", [file], targetEnv);
        check("a restore over an existing embedded database is refused without --force", refused.status === 1 && /--force/.test(refused.stderr));
        const forced = runScript("db-restore", ["--force", file], targetEnv);
        const kept = readdirSync(path.dirname(target.dir!)).filter((f) => f.startsWith("pglite.before-restore-"));
        check("with --force it restores and keeps the old folder beside it", forced.status === 0 && kept.length === 1, kept.join(", "));
      }
    }
  }
  finish("restore");
} catch (error) {
  finish("restore", error);
} finally {
  for (const db of cleanup.reverse()) await db.drop().catch(() => {});
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}
