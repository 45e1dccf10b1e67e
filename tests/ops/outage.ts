/**
 * Database outage: the production server on a throwaway PostgreSQL cluster (initdb + pg_ctl
 * on a free port under a temporary folder, never the shared server), a stream of report
 * posts, the cluster stopped in the middle of it and started again.
 *
 * While it is down: /api/health 503; posts 503 with Retry-After, a JSON message and no driver
 * text; cached reading pages still served, others a friendly error page (seen in Chromium);
 * the real form, submitted in Chromium, keeps what was typed. Once it is back, without
 * restarting the app: health, posts and pages work again (time to recover printed), every
 * acknowledged post is stored once with its id, the posts that got 503 can be retried with
 * their keys and are then stored once too, and nothing is half-written (rollups equal a
 * recount, one rate-limit event per stored report). A second, quiet outage (no writes just
 * before it) shows the cached pages still served from the cache.
 */
import { chromium, type Browser } from "@playwright/test";
import postgres from "postgres";
import { ensureChromium } from "../../scripts/ensure-chromium";
import { appEnv, mustRunScript, requireBuild, runScript, startApp, waitHealthy, type RunningApp } from "./support/app";
import { check, finish, heading, note, opsPort, sleep } from "./support/check";
import { addressOf, letters, postReport, reportBody, type ReportBody } from "./support/http";
import { clusterUnavailableReason, createCluster, type Cluster } from "./support/pg-cluster";

const IN_FLIGHT = 8;
const DOWN_SECONDS = 8;
const DRIVER_TEXT = /ECONNREFUSED|CONNECTION_|57P01|Failed query|postgres|drizzle|\bat [\w.]+ \(|node_modules/i;

requireBuild();
const missing = clusterUnavailableReason();
if (missing) {
  console.error(`outage test: ${missing}; it needs initdb and pg_ctl (Debian: apt-get install postgresql).`);
  process.exit(1);
}

let cluster: Cluster | null = null;
let app: RunningApp | null = null;
let browser: Browser | null = null;
try {
  heading("database outage (a throwaway PostgreSQL cluster stopped during a stream of posts)");
  cluster = createCluster({ port: opsPort(30) });
  cluster.start();
  const admin = postgres(cluster.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe("CREATE DATABASE simexit");
  await admin.end();
  const env = appEnv({ DATABASE_URL: cluster.url, REPORT_LIMIT_PER_HOUR: "100000" });
  mustRunScript("db-migrate", [], env);
  mustRunScript("db-seed", [], env);
  app = startApp({ port: opsPort(1), env });
  await waitHealthy(app);
  const base = app.base;
  const sql = postgres(cluster.url, { max: 2, onnotice: () => {}, connect_timeout: 5 });

  // pages read (and so cached) before the outage, some of them again after the last write
  const cachedPages = ["/en/guide", "/en/paperwork", "/en/stats", "/"];
  for (let round = 0; round < 2; round++) for (const path of cachedPages) await (await fetch(`${base}${path}`)).arrayBuffer();

  // a reader starts filling in the form before the database goes away
  browser = await chromium.launch({
    executablePath: await ensureChromium(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.goto(`${base}/en/reports/new`);
  const typedStory = "I typed this story while the site's database was away; it must still be here.";
  await page.selectOption('select[name="operator"]', "beeline");
  await page.check('input[name="channel"][value="website"]');
  await page.check('input[name="outcome"][value="failure"]');
  await page.fill('input[name="attemptedMonth"]', "2025-05");
  await page.check('input[name="location"][value="abroad"]');
  await page.check('input[name="documents"][value="passport"]');
  await page.fill('textarea[name="story"]', typedStory);

  // the stream: IN_FLIGHT clients posting back to back, each with a new key
  const run = letters(Date.now() % 100_000_000);
  type Sent = { body: ReportBody; status: number | "no_answer"; id?: string; retryAfter?: string | null; text: string; at: number };
  const sent: Sent[] = [];
  let n = 0;
  let streaming = true;
  const stream = Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, worker) => {
      while (streaming) {
        const body = reportBody(n++, run);
        const result = await postReport(base, body, addressOf(worker), { timeoutMs: 20_000 });
        sent.push(
          result.kind === "answered"
            ? { body, status: result.status, id: result.id, retryAfter: result.retryAfter, text: result.body, at: Date.now() }
            : { body, status: "no_answer", text: result.error, at: Date.now() },
        );
        if (result.kind === "answered" && result.status === 503) await sleep(100); // as a client that respects Retry-After would, briefly
      }
    }),
  );
  await sleep(3000);
  const stoppedAt = Date.now();
  cluster.stop("fast");
  note(`cluster stopped after ${sent.length} posts`);

  heading("while the database is down");
  await sleep(500);
  const health = await fetch(`${base}/api/health`);
  check("/api/health answers 503", health.status === 503, `${health.status} ${await health.text()}`);
  const post = await postReport(base, reportBody(999_999, run), addressOf(50));
  const postJson = post.kind === "answered" ? (JSON.parse(post.body || "{}") as { error?: { code?: string; message?: string } }) : {};
  check(
    "a post answers 503 with Retry-After and a plain JSON message",
    post.kind === "answered" && post.status === 503 && Number(post.retryAfter) > 0 && postJson.error?.code === "service_unavailable",
    post.kind === "answered" ? `${post.status}, Retry-After ${post.retryAfter}, ${post.body}` : post.error,
  );
  check("…with no stack trace or driver text", post.kind === "answered" && !DRIVER_TEXT.test(post.body));
  const api = await fetch(`${base}/api/v1/reports?limit=5`);
  const apiText = await api.text();
  check("an API read answers 503 (not 500), without driver text", api.status === 503 && !DRIVER_TEXT.test(apiText), `${api.status}`);

  for (const path of cachedPages) {
    const response = await fetch(`${base}${path}`);
    const html = await response.text();
    const ok = (response.status === 200 || response.status >= 500) && !DRIVER_TEXT.test(html.replace(/<script[\s\S]*?<\/script>/g, ""));
    check(`GET ${path}: the cached page or an error page, never driver text`, ok, `${response.status}${response.status === 200 ? " (from the cache)" : ""}`);
  }
  // a page nobody has read yet cannot come from the cache: the reader sees a friendly page
  const fresh = await browser.newPage();
  const freshResponse = await fresh.goto(`${base}/en/operators/t2/reports`);
  await fresh.waitForTimeout(1000);
  const freshText = await fresh.locator("body").innerText();
  // a 5xx, or (when Next had begun to stream the page before the database was needed) its
  // error page under a 200 that no cache keeps without asking; within the response deadline
  const freshStatus = freshResponse?.status() ?? 0;
  const freshCaching = (await freshResponse?.allHeaders())?.["cache-control"] ?? "";
  check(
    "a page that was never cached shows a friendly error page in the browser",
    (freshStatus >= 500 || (freshStatus === 200 && /no-store|no-cache|max-age=0/.test(freshCaching))) &&
      /unavailable|try again|went wrong|稍后再试/i.test(freshText) &&
      !DRIVER_TEXT.test(freshText),
    `${freshStatus} (${freshCaching}): ${freshText.replace(/\s+/g, " ").slice(0, 120)}`,
  );
  await fresh.close();

  // the reader submits the form during the outage (past the form's minimum fill time)
  await page.click('button[type="submit"]');
  const alert = page.getByText(/cannot reach its database/i);
  const alerted = await alert.waitFor({ timeout: 20_000 }).then(() => true, () => false);
  check("the form says the site cannot reach its database", alerted);
  check(
    "the form keeps what was typed",
    (await page.inputValue('textarea[name="story"]')) === typedStory &&
      (await page.inputValue('select[name="operator"]')) === "beeline" &&
      (await page.isChecked('input[name="channel"][value="website"]')),
  );

  const downFor = DOWN_SECONDS * 1000 - (Date.now() - stoppedAt);
  if (downFor > 0) await sleep(downFor);

  heading("the database comes back (the app is not restarted)");
  const pid = app.child.pid;
  cluster.start();
  const backAt = Date.now();
  let healthyAfter = NaN;
  let postAfter = NaN;
  while (Date.now() - backAt < 60_000 && (Number.isNaN(healthyAfter) || Number.isNaN(postAfter))) {
    if (Number.isNaN(healthyAfter) && (await fetch(`${base}/api/health`)).status === 200) healthyAfter = (Date.now() - backAt) / 1000;
    if (Number.isNaN(postAfter) && sent.some((s) => s.at > backAt && s.status === 201)) postAfter = (Date.now() - backAt) / 1000;
    await sleep(50);
  }
  check("health answers 200 again", !Number.isNaN(healthyAfter), `${healthyAfter.toFixed(2)} s after the database returned`);
  check("posts are acknowledged again", !Number.isNaN(postAfter), `first 201 within ${postAfter.toFixed(2)} s after the database returned`);
  await sleep(3000);
  streaming = false;
  await stream;
  check("the same server process throughout", app.child.exitCode === null && app.child.pid === pid);

  // the reader tries again: the same form, the same idempotency key; the thank-you names the report
  await page.click('button[type="submit"]');
  const posted = page.getByTestId("report-posted");
  const saved = await posted.waitFor({ timeout: 20_000 }).then(() => true, () => false);
  const savedId = saved ? await posted.getAttribute("data-report-id") : null;
  check("the reader's second try is saved", saved && /^[0-9a-f-]{36}$/.test(savedId ?? ""), savedId ?? page.url());

  heading("what was stored");
  const statuses = new Map<string, number>();
  for (const s of sent) statuses.set(String(s.status), (statuses.get(String(s.status)) ?? 0) + 1);
  note(`stream: ${sent.length} posts: ${[...statuses].map(([k, v]) => `${k}×${v}`).join(" ")}`);
  const bad = sent.filter((s) => s.status !== 201 && s.status !== 503);
  const bad503 = sent.filter((s) => s.status === 503 && (!(Number(s.retryAfter) > 0) || DRIVER_TEXT.test(s.text) || !s.text.includes("service_unavailable")));
  check("every post was answered 201 or 503 (no 500, none unanswered)", bad.length === 0, bad.slice(0, 3).map((s) => `${s.status} ${s.text.slice(0, 80)}`).join("; "));
  check("every 503 carried Retry-After and the plain message", bad503.length === 0 && (statuses.get("503") ?? 0) > 0, `${statuses.get("503") ?? 0} × 503`);

  const keys = sent.map((s) => s.body.idempotencyKey);
  const rows = await sql<{ key: string; id: string }[]>`SELECT idempotency_key AS key, id::text AS id FROM reports WHERE idempotency_key = ANY(${keys})`;
  const stored = new Map<string, string[]>();
  for (const row of rows) stored.set(row.key, [...(stored.get(row.key) ?? []), row.id]);
  const acked = sent.filter((s) => s.status === 201);
  const ackedOnce = acked.filter((s) => stored.get(s.body.idempotencyKey)?.length === 1 && stored.get(s.body.idempotencyKey)![0] === s.id);
  check("every acknowledged post is there, once, with its id", ackedOnce.length === acked.length, `${ackedOnce.length}/${acked.length}`);

  // a 503 means "not acknowledged": retrying with the same key stores it once (or finds the
  // row whose commit went through just as the connection died)
  const unanswered = sent.filter((s) => s.status !== 201);
  let retriedCreated = 0;
  let retriedFound = 0;
  let retriedBad = 0;
  for (const s of unanswered) {
    const result = await postReport(base, s.body, addressOf(60));
    if (result.kind === "answered" && result.status === 201) retriedCreated++;
    else if (result.kind === "answered" && result.status === 200) retriedFound++;
    else retriedBad++;
  }
  check("the posts that got 503 are accepted when retried with their keys", retriedBad === 0, `${retriedCreated} stored now, ${retriedFound} had been stored already`);
  const [{ total, distinct }] = await sql<{ total: number; distinct: number }[]>`
    SELECT count(*)::int AS total, count(DISTINCT idempotency_key)::int AS distinct FROM reports WHERE idempotency_key = ANY(${keys})`;
  check("every key of the stream stored exactly once", total === keys.length && distinct === keys.length, `${total} rows for ${keys.length} keys`);

  const [{ reportsN, events }] = await sql<{ reportsN: number; events: number }[]>`
    SELECT (SELECT count(*)::int FROM reports) AS "reportsN", (SELECT count(*)::int FROM rate_limit_events WHERE bucket = 'report') AS events`;
  check("nothing half-written: one rate-limit event per stored report", reportsN === events, `${reportsN} reports, ${events} events`);
  const verify = runScript("stats-verify", [], env);
  check("nothing half-written: npm run stats:verify is clean", verify.status === 0, (verify.stdout + verify.stderr).trim().split("\n")[0]);

  for (const path of [...cachedPages, "/en/operators/t2/reports"]) {
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    check(`GET ${path} answers 200 after the outage`, response.status === 200, String(response.status));
  }
  // a quiet outage (no writes just before it): pages read after the last change keep being
  // served from the cache while the database is away
  heading("a second, quiet outage: cached pages keep being served");
  await sleep(1500); // past the cache's grace after the last write
  for (let round = 0; round < 2; round++) for (const path of cachedPages) await (await fetch(`${base}${path}`)).arrayBuffer();
  cluster.stop("fast");
  await sleep(500);
  for (const path of cachedPages) {
    const response = await fetch(`${base}${path}`);
    const html = await response.text();
    check(`GET ${path} is served from the cache while the database is away`, response.status === 200 && html.includes("</html>"), String(response.status));
  }
  cluster.start();
  const quietBack = Date.now();
  while (Date.now() - quietBack < 30_000 && (await fetch(`${base}/api/health`)).status !== 200) await sleep(50);
  const logs = app.output();
  check("the log has a JSON line for each 503, without report text", /"msg":"database unavailable: answered 503"/.test(logs) && !logs.includes(`Ops test ${run}`));
  await sql.end({ timeout: 5 });
  finish("outage");
} catch (error) {
  finish("outage", error);
} finally {
  await browser?.close().catch(() => {});
  if (app) await app.stop();
  cluster?.destroy();
}
