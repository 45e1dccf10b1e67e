/**
 * `npm run test:load`: proof from outside, over real HTTP, against the production server
 * (`node dist/server.js` from `npm run build`) on a fresh database (PostgreSQL with
 * DATABASE_URL set, else PGlite).
 *
 * 1. Nothing lost: 1,000 report posts with distinct idempotency keys plus 200 retries of
 *    answered keys, 50 in flight, from 20 client addresses; at the same time 40 submissions
 *    of the real report form (the no-JavaScript way: GET the page for its signed ticket, wait
 *    the human minimum, POST the form's own fields as multipart; 10 of them sent twice),
 *    flags (30 reports flagged by three readers each, which hides them, and 60 flagged once)
 *    and readers of pages and APIs. Then: no 5xx anywhere; every retry answered with its
 *    original id; every acknowledged key stored exactly once with the id it was answered
 *    with; the published counts (stats API and a recount) equal to what was acknowledged
 *    minus what the flags hid; `stats:verify` clean; page latencies printed.
 * 2. Worst inputs (issue 10): one signed-in client sends the costliest edits and previews
 *    (a guide PUT of "a\n"×5000 then "b\n"×5000, ">"×24000, "*a"×40000, a page of thousands of
 *    ::stats lines, and the same through the Markdown preview action) while /api/health and a
 *    guide page are read: their p99 must stay under 1 s.
 * 3. SIGTERM at the end: the server exits 0 within 10 s.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { appEnv, mustRunScript, requireBuild, runScript, startApp, waitHealthy } from "./support/app";
import { check, finish, heading, note, opsPort, sleep } from "./support/check";
import { createDatabase, engine, prepareDatabase } from "./support/database";
import { addressOf, Latencies, letters, OPERATORS, pool, postReport, readLoop, ReportForm, reportBody, signIn } from "./support/http";

const POSTS = Number(process.env.LOAD_POSTS || 1000);
const RETRIES = Number(process.env.LOAD_RETRIES || 200);
const IN_FLIGHT = Number(process.env.LOAD_IN_FLIGHT || 50);
const FORMS = Number(process.env.LOAD_FORMS || 40);
const FORM_RETRIES = 10;
const HIDDEN = 30; // reports flagged by FLAG_THRESHOLD readers: hidden pending review
const FLAGGED_ONCE = 60;
const FLAG_THRESHOLD = 3;
const WORST_SECONDS = Number(process.env.LOAD_WORST_SECONDS || 20);
const P99_LIMIT_MS = 1000;

requireBuild();
const port = opsPort(0);
const db = await createDatabase("load");
const member = { email: "load-member@ops.test", password: `ops-${randomBytes(9).toString("base64url")}` };
const env = appEnv({
  ...db.env,
  REPORT_LIMIT_PER_HOUR: "100000",
  FLAG_LIMIT_PER_HOUR: "100000",
  FLAG_THRESHOLD: String(FLAG_THRESHOLD),
});
let app: ReturnType<typeof startApp> | null = null;

try {
  heading(`load test on ${engine === "postgres" ? "PostgreSQL" : "PGlite"}: ${POSTS} posts + ${RETRIES} retries, ${IN_FLIGHT} in flight`);
  prepareDatabase(db, env);
  // before the server starts: on PGlite the server then owns the folder
  mustRunScript("user-create", [member.email, "member", "Load Member"], { ...env, USER_PASSWORD: member.password });
  app = startApp({ port, env });
  note(`server healthy after ${(await waitHealthy(app)).toFixed(1)} s`);
  const base = app.base;

  const guidePages = (await (await fetch(`${base}/api/v1/guide?locale=en`)).json()) as Array<{ slug: string }>;
  const readPages = [
    "/",
    "/en",
    "/operators/mts",
    "/en/operators/beeline",
    "/stats",
    "/en/guide",
    `/en/guide/${guidePages[0].slug}`,
    "/api/health",
    "/api/v1/operators",
    "/api/v1/operators/mts/stats",
    "/api/v1/reports?limit=20",
  ];
  for (const path of readPages) await (await fetch(`${base}${path}`)).arrayBuffer(); // warm

  // ---- 1. nothing lost -------------------------------------------------------------------
  const run = letters(Date.now() % 100_000_000);
  const bodies = Array.from({ length: POSTS }, (_, i) => reportBody(i, run));
  const answers = new Map<number, { id: string; status: string }>();
  const problems: string[] = [];
  const statuses = new Map<string, number>();
  const count = (what: string) => statuses.set(what, (statuses.get(what) ?? 0) + 1);
  const retryEvery = Math.max(1, Math.floor(POSTS / RETRIES));
  const retried = new Set(Array.from({ length: RETRIES }, (_, k) => (k * retryEvery + 1) % POSTS));
  let retryMismatches = 0;
  let retriesDone = 0;

  type Task = { kind: "post" | "retry"; i: number };
  const queue: Task[] = bodies.map((_, i) => ({ kind: "post", i }));
  let originalsOutstanding = POSTS;
  const postLatency = new Latencies();
  const started = performance.now();

  const posting = (async () => {
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (;;) {
          const task = queue.shift();
          if (!task) {
            if (originalsOutstanding === 0) return;
            await sleep(5);
            continue;
          }
          const body = bodies[task.i];
          // a retry comes from the same client half the time, from another address otherwise
          const address = task.kind === "post" || task.i % 2 ? addressOf(task.i % 20) : addressOf(100 + (task.i % 20));
          const result = await postReport(base, body, address);
          if (result.kind === "no_answer") {
            count(`${task.kind}:no-answer`);
            problems.push(`${task.kind} ${task.i}: no answer (${result.error})`);
          } else {
            postLatency.add(result.ms, result.status);
            count(`${task.kind}:${result.status}`);
            if (task.kind === "post") {
              if (result.status === 201 && result.id) {
                answers.set(task.i, { id: result.id, status: JSON.parse(result.body).status });
                if (retried.has(task.i)) queue.push({ kind: "retry", i: task.i });
              } else {
                problems.push(`post ${task.i}: ${result.status} ${result.body.slice(0, 200)}`);
              }
            } else {
              retriesDone++;
              if (result.status !== 200 || result.id !== answers.get(task.i)?.id) {
                retryMismatches++;
                problems.push(`retry ${task.i}: ${result.status} ${result.body.slice(0, 200)}`);
              }
            }
          }
          if (task.kind === "post") originalsOutstanding--;
        }
      }),
    );
  })();

  // the real form, without JavaScript, as a person would: open, wait ≥ 3 s, submit
  const formIds: Array<{ id: string; operator: string; key: string }> = [];
  const formLatency = new Latencies();
  let formRetryMismatches = 0;
  const forms = pool(FORMS, 10, async (f) => {
    try {
      const form = await new ReportForm(base, addressOf(300 + f)).open();
      await sleep(3100);
      const operator = OPERATORS[f % OPERATORS.length];
      const values = {
        operator,
        channel: "website",
        outcome: f % 2 ? "success" : "failure",
        attemptedMonth: "2025-06",
        location: "abroad",
        documents: ["passport"],
        story: `Form ${run} story ${letters(f)}: filled in the form on the site and sent it.`,
        website: "",
      };
      const first = await form.submit(values);
      formLatency.add(first.ms, first.status);
      count(`form:${first.status}`);
      const id = first.id;
      if (first.status !== 303 || !id || !first.published) {
        problems.push(`form ${f}: ${first.status} ${first.location ?? first.html.slice(0, 200)}`);
        return;
      }
      formIds.push({ id, operator, key: form.idempotencyKey });
      if (f < FORM_RETRIES) {
        const again = await form.submit(values); // a double click, or a retry after a lost answer
        formLatency.add(again.ms, again.status);
        count(`form-retry:${again.status}`);
        if (again.status !== 303 || again.id !== id) formRetryMismatches++;
      }
    } catch (error) {
      count("form:error");
      problems.push(`form ${f}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  // flags on acknowledged reports while the posts go on
  const hiddenIndices = Array.from({ length: HIDDEN }, (_, k) => 2 + k * Math.floor(POSTS / HIDDEN));
  const onceIndices = Array.from({ length: FLAGGED_ONCE }, (_, k) => 5 + k * Math.floor(POSTS / FLAGGED_ONCE)).filter((i) => !hiddenIndices.includes(i));
  const flagJobs = [
    ...hiddenIndices.flatMap((i) => Array.from({ length: FLAG_THRESHOLD }, (_, r) => ({ i, reader: r }))),
    ...onceIndices.map((i) => ({ i, reader: 0 })),
  ];
  const flagLatency = new Latencies();
  const flags = pool(flagJobs.length, 5, async (j) => {
    const { i, reader } = flagJobs[j];
    while (!answers.has(i)) {
      if (originalsOutstanding === 0) return;
      await sleep(20);
    }
    const t0 = performance.now();
    try {
      const response = await fetch(`${base}/api/v1/reports/${answers.get(i)!.id}/flag`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": addressOf(600 + reader * 50 + (j % 50)) },
        body: JSON.stringify({ reason: "Load test flag: looks like a duplicate." }),
      });
      await response.arrayBuffer();
      flagLatency.add(performance.now() - t0, response.status);
      count(`flag:${response.status}`);
      if (response.status !== 202) problems.push(`flag ${j}: ${response.status}`);
    } catch (error) {
      count("flag:no-answer");
      problems.push(`flag ${j}: no answer (${String(error)})`);
    }
  });

  const readers = new Map<string, Latencies>();
  let loadDone = false;
  const reading = readLoop(base, readPages, { concurrency: 2, stop: () => loadDone, latencies: readers });
  await Promise.all([posting, forms, flags]);
  loadDone = true;
  await reading;
  const seconds = (performance.now() - started) / 1000;

  heading("nothing lost");
  note(`${POSTS + retriesDone} API posts, ${FORMS} forms, ${flagJobs.length} flags in ${seconds.toFixed(1)} s`);
  note(`answers: ${[...statuses].sort().map(([k, n]) => `${k}×${n}`).join(" ")}`);
  note(`API posts: ${postLatency.summary()}`);
  note(`forms:     ${formLatency.summary()}`);
  note(`flags:     ${flagLatency.summary()}`);
  for (const [path, l] of readers) note(`GET ${path.padEnd(28)} ${l.summary()}`);
  const all5xx = postLatency.count5xx() + formLatency.count5xx() + flagLatency.count5xx() + [...readers.values()].reduce((n, l) => n + l.count5xx() + l.failures, 0);
  for (const p of problems.slice(0, 10)) note(`problem: ${p}`);
  check("no 5xx and no unanswered request anywhere", all5xx === 0 && ![...statuses.keys()].some((k) => k.endsWith("no-answer")), `${all5xx} 5xx`);
  check(`every post acknowledged (201 with an id)`, answers.size === POSTS, `${answers.size}/${POSTS}`);
  check(`every retry answered 200 with its original id`, retriesDone === RETRIES && retryMismatches === 0, `${retriesDone - retryMismatches}/${RETRIES}`);
  check(`every form submission acknowledged (303 to a page naming its published report)`, formIds.length === FORMS, `${formIds.length}/${FORMS}`);
  check(`a form sent twice lands on the same report`, formRetryMismatches === 0, `${FORM_RETRIES - formRetryMismatches}/${FORM_RETRIES}`);
  check("every flag accepted (202)", (statuses.get("flag:202") ?? 0) === flagJobs.length, `${statuses.get("flag:202") ?? 0}/${flagJobs.length}`);

  // published = acknowledged − hidden by flags, per operator, as the public API says
  await sleep(1500); // past the cache's grace after the last write
  const expected = new Map<string, { published: number; pending: number }>(OPERATORS.map((o) => [o, { published: 0, pending: 0 }]));
  for (const i of answers.keys()) expected.get(bodies[i].operator)!.published++;
  for (const f of formIds) expected.get(f.operator)!.published++;
  for (const i of hiddenIndices) {
    const e = expected.get(bodies[i].operator)!;
    e.published--;
    e.pending++;
  }
  let statsMatch = true;
  const statsLines: string[] = [];
  for (const operator of OPERATORS) {
    const stats = (await (await fetch(`${base}/api/v1/operators/${operator}/stats`)).json()) as { reports: { published: number; pending: number } };
    const want = expected.get(operator)!;
    statsLines.push(`${operator} ${stats.reports.published}/${want.published} (+${stats.reports.pending} pending)`);
    if (stats.reports.published !== want.published || stats.reports.pending !== want.pending) statsMatch = false;
  }
  check("published counts in the stats API = acknowledged − hidden by flags", statsMatch, statsLines.join(", "));

  // ---- 2. worst inputs -------------------------------------------------------------------
  heading(`worst inputs for ${WORST_SECONDS} s while /api/health and a guide page are read`);
  const jar = await signIn(base, member.email, member.password);
  let editable: { slug: string; revisionId: number } | null = null;
  for (const { slug } of guidePages.slice(1)) {
    const page = (await (await fetch(`${base}/api/v1/guide/${slug}?locale=en`)).json()) as { protected: boolean; revisionId: number };
    if (!page.protected) {
      editable = { slug, revisionId: page.revisionId };
      break;
    }
  }
  if (!editable) throw new Error("no unprotected English guide page to edit");
  const readSlug = guidePages.find((p) => p.slug !== editable!.slug)!.slug;
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const previewAction = Object.entries(manifest.node).find(([, v]) => v.exportedName === "previewMarkdownAction")?.[0];
  if (!previewAction) throw new Error("previewMarkdownAction not found in the build's server-reference manifest");

  const worst = {
    lines: ["a\n".repeat(5000), "b\n".repeat(5000)],
    quotes: ">".repeat(24000),
    emphasis: "*a".repeat(40000),
    embeds: '::stats{operator="mts"}\n'.repeat(3000),
  };
  const attack = new Map<string, number>();
  const tally = (what: string) => attack.set(what, (attack.get(what) ?? 0) + 1);
  let baseRevisionId = editable.revisionId;
  const put = async (body: string, label: string) => {
    const response = await fetch(`${base}/api/v1/guide/${editable!.slug}`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: jar.header(), "x-forwarded-for": addressOf(900) },
      body: JSON.stringify({ locale: "en", baseRevisionId, body, summary: `load ${label}` }),
    });
    const answer = (await response.json().catch(() => ({}))) as { revisionId?: number; error?: { code?: string } };
    if (response.status === 200 && answer.revisionId) baseRevisionId = answer.revisionId;
    tally(`PUT ${label} ${response.status}${answer.error?.code ? ` ${answer.error.code}` : ""}`);
  };
  const preview = async (body: string, label: string) => {
    const response = await fetch(`${base}/en/guide/${editable!.slug}/edit`, {
      method: "POST",
      headers: {
        "next-action": previewAction,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: base,
        cookie: jar.header(),
        "x-forwarded-for": addressOf(900),
      },
      body: JSON.stringify([body]),
    });
    const text = await response.text();
    const code = /"error":"([a-z_]+)"/.exec(text)?.[1] ?? (/"ok":true/.test(text) ? "ok" : "?");
    tally(`preview ${label} ${response.status} ${code}`);
  };
  const health = new Latencies();
  const guide = new Latencies();
  let attacking = true;
  const attacker = (async () => {
    const until = Date.now() + WORST_SECONDS * 1000;
    while (Date.now() < until) {
      await put(worst.lines[0], "a×5000");
      await put(worst.lines[1], "b×5000");
      await put(worst.quotes, ">×24000");
      await put(worst.emphasis, "*a×40000");
      await put(worst.embeds, "::stats×3000");
      await preview(worst.quotes, ">×24000");
      await preview(worst.emphasis, "*a×40000");
      await preview(worst.embeds, "::stats×3000");
      await preview(worst.lines[1], "b×5000");
    }
    attacking = false;
  })();
  await Promise.all([
    attacker,
    readLoop(base, ["/api/health"], { concurrency: 1, stop: () => !attacking, latencies: new Map([["/api/health", health]]) }),
    readLoop(base, [`/en/guide/${readSlug}`], { concurrency: 1, stop: () => !attacking, latencies: new Map([[`/en/guide/${readSlug}`, guide]]) }),
  ]);
  note(`attacker: ${[...attack].sort().map(([k, n]) => `${k} ×${n}`).join("; ")}`);
  note(`GET /api/health            ${health.summary()}`);
  note(`GET /en/guide/${readSlug.padEnd(13)} ${guide.summary()}`);
  check("the worst inputs never cause a 500", ![...attack.keys()].some((k) => / 500\b/.test(k)));
  check(`/api/health p99 under ${P99_LIMIT_MS} ms, every answer 200`, health.percentile(99) < P99_LIMIT_MS && health.statuses.get(200) === health.samples.length && health.failures === 0, `p99 ${health.percentile(99).toFixed(0)} ms`);
  check(`a guide page p99 under ${P99_LIMIT_MS} ms, every answer 200`, guide.percentile(99) < P99_LIMIT_MS && guide.statuses.get(200) === guide.samples.length && guide.failures === 0, `p99 ${guide.percentile(99).toFixed(0)} ms`);

  // ---- 3. stop, then count in the database -------------------------------------------------
  heading("SIGTERM, then the database itself");
  const stopped = await app.stop();
  app = null;
  check("SIGTERM: the server exits 0 within 10 s", stopped.code === 0 && stopped.seconds < 10, `code ${stopped.code}, ${stopped.seconds.toFixed(1)} s`);
  const rows = await db.query<{ key: string; id: string; status: string }>(
    "SELECT idempotency_key AS key, id::text AS id, status FROM reports WHERE idempotency_key LIKE $1",
    [`ops-${run}-%`],
  );
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  let exactlyOnce = 0;
  for (const [i, answer] of answers) {
    const ids = byKey.get(bodies[i].idempotencyKey) ?? [];
    if (ids.length === 1 && ids[0] === answer.id) exactlyOnce++;
  }
  check("every acknowledged key stored exactly once, with the id it was answered with", exactlyOnce === answers.size && rows.length === answers.size, `${exactlyOnce}/${answers.size}, ${rows.length} rows for this run's keys`);
  const formRows = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM reports WHERE id::text = ANY($1)", [formIds.map((f) => f.id)]);
  const formKeys = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM reports WHERE idempotency_key = ANY($1)", [formIds.map((f) => f.key)]);
  check("every acknowledged form stored once", Number(formRows[0].n) === formIds.length && Number(formKeys[0].n) === formIds.length, `${formRows[0].n} rows`);
  const [published] = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM reports WHERE status = 'published'");
  const wantPublished = [...expected.values()].reduce((n, e) => n + e.published, 0);
  check("published reports in the database = acknowledged − hidden", Number(published.n) === wantPublished, `${published.n}/${wantPublished}`);
  const verify = runScript("stats-verify", [], env);
  check("npm run stats:verify: every rollup equals a recount", verify.status === 0, (verify.stdout + verify.stderr).trim().split("\n")[0]);
  finish("load");
} catch (error) {
  finish("load", error);
} finally {
  if (app) await app.kill();
  await db.drop();
}
