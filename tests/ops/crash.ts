/**
 * A crash mid-write: the production server is killed with SIGKILL (no shutdown hooks, no
 * chance to flush anything) in the middle of a stream of report posts, then started again on
 * the same database (for PGlite: the same folder, whose lock is left behind by the dead
 * process and taken over). Every post it had acknowledged must be there, once, and the
 * statistics must still equal a recount.
 *
 * Why this holds on PGlite: it runs PostgreSQL with synchronous_commit on, so a commit is
 * acknowledged only after its WAL is written; its Node file system passes writes straight to
 * the folder's files, which the kernel keeps when a process dies. (PGlite also runs with
 * fsync off and Emscripten's fsync does nothing: a power cut or a kernel crash can lose the
 * last commits. That is what PostgreSQL is for in production.)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { appEnv, requireBuild, runScript, startApp, waitHealthy, type RunningApp } from "./support/app";
import { check, finish, heading, note, opsPort, sleep } from "./support/check";
import { createDatabase, engine, prepareDatabase } from "./support/database";
import { addressOf, letters, postReport, reportBody, type ReportBody } from "./support/http";

const IN_FLIGHT = 20;
const ROUNDS = 2;

requireBuild();
const db = await createDatabase("crash");
const env = appEnv({ ...db.env, REPORT_LIMIT_PER_HOUR: "100000" });
let app: RunningApp | null = null;
try {
  heading(`SIGKILL mid-write (${engine === "postgres" ? "PostgreSQL" : "PGlite"}), ${ROUNDS} times`);
  prepareDatabase(db, env);
  const run = letters(Date.now() % 100_000_000);
  const acked: Array<{ body: ReportBody; id: string }> = [];
  const all: ReportBody[] = [];
  let n = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    app = startApp({ port: opsPort(3), env });
    note(`round ${round}: healthy after ${(await waitHealthy(app)).toFixed(1)} s`);
    if (engine === "pglite" && round === 1) {
      const pid = readFileSync(path.join(db.dir!, "sim-exit.lock"), "utf8").trim();
      check("the running server holds the folder's lock", pid === String(app.child.pid), `lock pid ${pid}`);
    }
    let writing = true;
    let inFlightAtKill = 0;
    const base = app.base;
    const stream = Promise.all(
      Array.from({ length: IN_FLIGHT }, async (_, worker) => {
        while (writing) {
          const body = reportBody(n++, run);
          all.push(body);
          inFlightAtKill++;
          const result = await postReport(base, body, addressOf(worker), { timeoutMs: 10_000 });
          inFlightAtKill--;
          if (result.kind === "answered" && result.status === 201 && result.id) acked.push({ body, id: result.id });
          if (result.kind === "no_answer") return;
        }
      }),
    );
    await sleep(2000 + Math.random() * 1000);
    const inFlight = inFlightAtKill;
    await app.kill(); // SIGKILL to the whole process group
    writing = false;
    await stream;
    app = null;
    note(`round ${round}: killed with ${inFlight} posts in flight; ${acked.length} acknowledged so far`);
    if (engine === "pglite") check(`round ${round}: the dead process left its lock behind`, existsSync(path.join(db.dir!, "sim-exit.lock")));
  }

  // start once more: recovery, then the checks through the app and in the database
  app = startApp({ port: opsPort(3), env });
  note(`after the crashes: healthy after ${(await waitHealthy(app)).toFixed(1)} s${engine === "pglite" ? " (stale lock taken over, WAL replayed)" : ""}`);
  const probe = await postReport(app.base, reportBody(n++, run), addressOf(99));
  check("the restarted server accepts posts", probe.kind === "answered" && probe.status === 201);
  let visible = 0;
  for (const { id } of acked.slice(0, 50)) if ((await fetch(`${app.base}/api/v1/reports/${id}`)).status === 200) visible++;
  check("acknowledged reports are served by the restarted app", visible === Math.min(50, acked.length), `${visible} of the first ${Math.min(50, acked.length)}`);
  const stopped = await app.stop();
  app = null;
  check("it stops cleanly afterwards", stopped.code === 0, `${stopped.seconds.toFixed(2)} s`);

  const rows = await db.query<{ key: string; id: string }>("SELECT idempotency_key AS key, id::text AS id FROM reports WHERE idempotency_key LIKE $1", [`ops-${run}-%`]);
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  const once = acked.filter((a) => byKey.get(a.body.idempotencyKey)?.length === 1 && byKey.get(a.body.idempotencyKey)![0] === a.id);
  check("every acknowledged report survived the SIGKILLs, once, with its id", once.length === acked.length && acked.length > 0, `${once.length}/${acked.length}`);
  note(`${rows.length} rows for ${all.length} posts sent (${rows.length - acked.length - 1} committed without their answer arriving)`);
  if (engine === "pglite") {
    const [setting] = await db.query<{ synchronous_commit: string }>("SHOW synchronous_commit");
    check("PGlite commits synchronously (the WAL is written before a commit returns)", setting.synchronous_commit === "on", setting.synchronous_commit);
  }
  const verify = runScript("stats-verify", [], env);
  check("npm run stats:verify is clean after the crashes", verify.status === 0, (verify.stdout + verify.stderr).trim().split("\n")[0]);
  finish("crash");
} catch (error) {
  finish("crash", error);
} finally {
  if (app) await app.kill();
  await db.drop();
}
