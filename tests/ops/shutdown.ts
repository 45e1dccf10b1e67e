/**
 * Clean shutdown: SIGTERM to the production server in the middle of a stream of report posts
 * (each on its own connection, as clients behind a load balancer are). The server stops
 * taking connections, answers what it had started, closes the database and exits 0 within
 * 10 s; every post it acknowledged is stored, once, with the id it was answered with.
 */
import { appEnv, requireBuild, runScript, startApp, waitHealthy, type RunningApp } from "./support/app";
import { check, finish, heading, note, opsPort, sleep } from "./support/check";
import { createDatabase, engine, prepareDatabase } from "./support/database";
import { addressOf, letters, reportBody, type ReportBody } from "./support/http";

const IN_FLIGHT = 20;

requireBuild();
const db = await createDatabase("shutdown");
const env = appEnv({ ...db.env, REPORT_LIMIT_PER_HOUR: "100000" });
let app: RunningApp | null = null;
try {
  heading(`SIGTERM during a stream of posts (${engine === "postgres" ? "PostgreSQL" : "PGlite"})`);
  prepareDatabase(db, env);
  app = startApp({ port: opsPort(2), env });
  await waitHealthy(app);
  const base = app.base;
  const run = letters(Date.now() % 100_000_000);
  type Sent = { body: ReportBody; sentAt: number; status: number | null; id?: string; error?: string };
  const sent: Sent[] = [];
  let n = 0;
  let refusedInARow = 0;
  let sigtermAt = Infinity;
  const stream = Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, worker) => {
      while (refusedInARow < 20) {
        const entry: Sent = { body: reportBody(n++, run), sentAt: Date.now(), status: null };
        sent.push(entry);
        try {
          const response = await fetch(`${base}/api/v1/reports`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": addressOf(worker), connection: "close" },
            body: JSON.stringify(entry.body),
          });
          entry.status = response.status;
          entry.id = ((await response.json().catch(() => ({}))) as { id?: string }).id;
          refusedInARow = 0;
        } catch (error) {
          entry.error = String((error as Error).cause ?? error);
          if (entry.sentAt > sigtermAt) refusedInARow++;
          await sleep(20);
        }
      }
    }),
  );
  await sleep(2500);
  const stopping = app.stop("SIGTERM");
  sigtermAt = Date.now();
  const stopped = await stopping;
  await stream;
  const output = app.output();
  app = null;

  const before = sent.filter((s) => s.sentAt < sigtermAt);
  const answeredAfter = before.filter((s) => s.status !== null).length;
  const early = sent.filter((s) => s.sentAt < sigtermAt - 1000);
  const acked = sent.filter((s) => s.status === 201);
  note(`${sent.length} posts: ${acked.length} acknowledged, ${before.length} sent before SIGTERM, ${sent.filter((s) => s.status === null).length} without an answer (refused after it)`);
  check("the server exits 0 within 10 s of SIGTERM", stopped.code === 0 && stopped.seconds < 10, `code ${stopped.code}, ${stopped.seconds.toFixed(2)} s`);
  check("it said it was finishing the requests in flight, then closed the database", /SIGTERM: finishing requests in flight/.test(output) && /Stopped: every request answered, the database closed\./.test(output));
  check("every post sent a second or more before SIGTERM was answered", early.every((s) => s.status !== null), `${early.filter((s) => s.status !== null).length}/${early.length}`);
  check("posts in flight at SIGTERM were answered (none cut off with a 5xx)", sent.every((s) => s.status === null || s.status < 500), `${answeredAfter}/${before.length} sent before SIGTERM answered`);
  check("connections after SIGTERM are refused, not accepted and dropped", sent.filter((s) => s.sentAt > sigtermAt + 500).every((s) => s.status === null || s.status === 201));

  const rows = await db.query<{ key: string; id: string }>("SELECT idempotency_key AS key, id::text AS id FROM reports WHERE idempotency_key LIKE $1", [`ops-${run}-%`]);
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  const storedOnce = acked.filter((s) => byKey.get(s.body.idempotencyKey)?.length === 1 && byKey.get(s.body.idempotencyKey)![0] === s.id);
  check("every acknowledged post is stored, once, with its id", storedOnce.length === acked.length && acked.length > 0, `${storedOnce.length}/${acked.length}`);
  check("nothing stored that was never sent", rows.every((r) => sent.some((s) => s.body.idempotencyKey === r.key)));
  const verify = runScript("stats-verify", [], env);
  check("npm run stats:verify is clean", verify.status === 0, (verify.stdout + verify.stderr).trim().split("\n")[0]);

  // and it starts again on the same database
  app = startApp({ port: opsPort(2), env });
  note(`restarted, healthy after ${(await waitHealthy(app)).toFixed(1)} s`);
  const again = await app.stop("SIGTERM");
  check("an idle server stops within a second or two", again.code === 0 && again.seconds < 5, `${again.seconds.toFixed(2)} s`);
  app = null;
  finish("shutdown");
} catch (error) {
  finish("shutdown", error);
} finally {
  if (app) await app.kill();
  await db.drop();
}
