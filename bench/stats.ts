/**
 * `npm run bench:stats`: the stats API against a static file served by the same server, at
 * 1k, 100k and 1M reports bulk-loaded into PostgreSQL. Prints ratios measured in one run
 * (machines are noisy; absolute numbers mean little), and checks the targets:
 * stats throughput ≥ 0.5× static, latency at 1M within 2× of latency at 1k.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import postgres from "postgres";
import { measure, warmUp } from "./load";

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres";
const port = Number(process.env.BENCH_PORT || 3200);
const base = `http://localhost:${port}`;
const sizes = (process.env.BENCH_SIZES ?? "1000,100000,1000000").split(",").map(Number);
const requests = Number(process.env.BENCH_REQUESTS || 2000);

const dbName = `simexit_bench_${Date.now().toString(36)}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${dbName}`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const databaseUrl = url.toString();
const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;

let server: ReturnType<typeof spawn> | null = null;
const cleanup = async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  }
  await new Promise((r) => setTimeout(r, 500));
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  await admin.end();
};

try {
  for (const script of ["db-migrate.ts", "db-seed.ts"]) {
    const run = spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/${script}`], { env, stdio: "inherit" });
    if (run.status !== 0) throw new Error(`${script} failed`);
  }
  if (!existsSync(".next/BUILD_ID")) {
    if (spawnSync("npx", ["next", "build"], { env, stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  server = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: { ...env, PORT: String(port), AUTH_SECRET: randomBytes(32).toString("base64url") },
    detached: true,
    stdio: "ignore",
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }

  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const results: Array<{ size: number; stats: Awaited<ReturnType<typeof measure>>; file: Awaited<ReturnType<typeof measure>> }> = [];
  let loaded = 0;
  for (const size of sizes) {
    const started = Date.now();
    // one statement per step: the statement-level triggers fold the whole batch into the rollups
    await db.unsafe(
      `INSERT INTO reports (operator_id, channel, outcome, attempted_month, days_to_complete, location, documents, story, language, idempotency_key, created_at)
       SELECT (SELECT id FROM operators ORDER BY sort_order LIMIT 1 OFFSET (i % 5)),
              (enum_range(NULL::channel))[1 + (i * 7) % 9],
              (enum_range(NULL::outcome))[1 + (i * 13) % 3],
              to_char(date '2023-01-01' + ((i * 31) % 1000), 'YYYY-MM'),
              CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 17) % 120 END,
              (enum_range(NULL::location))[1 + i % 2],
              ARRAY[(enum_range(NULL::document_kind))[1 + i % 5]],
              'bench', 'zh', 'bench-' || i, now() - (i || ' seconds')::interval
       FROM generate_series($1::int + 1, $2::int) AS i`,
      [loaded, size],
    );
    await db.unsafe("ANALYZE reports");
    loaded = size;
    console.log(`loaded ${size.toLocaleString("en")} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // both paths warm (JIT, connections) before either is measured
    await warmUp(`${base}/api/v1/operators/mts/stats`, 400);
    await warmUp(`${base}/icon.svg`, 400);
    const stats = await measure(`${base}/api/v1/operators/mts/stats`, { requests });
    const file = await measure(`${base}/icon.svg`, { requests });
    results.push({ size, stats, file });
  }
  await db.end();

  const fmt = (n: number) => n.toFixed(2);
  console.log("\nreports    stats p50 ms  file p50 ms  stats req/s  file req/s  throughput stats/file");
  for (const r of results) {
    console.log(
      `${r.size.toLocaleString("en").padStart(9)}  ${fmt(r.stats.medianMs).padStart(12)}  ${fmt(r.file.medianMs).padStart(11)}  ${r.stats.throughput.toFixed(0).padStart(11)}  ${r.file.throughput.toFixed(0).padStart(10)}  ${fmt(r.stats.throughput / r.file.throughput).padStart(22)}`,
    );
  }
  const first = results[0];
  const last = results[results.length - 1];
  const throughputRatio = Math.min(...results.map((r) => r.stats.throughput / r.file.throughput));
  const latencyGrowth = last.stats.medianMs / first.stats.medianMs;
  console.log(`\nworst stats/file throughput ratio: ${fmt(throughputRatio)} (target ≥ 0.50)`);
  console.log(`stats latency at ${last.size.toLocaleString("en")} ÷ at ${first.size.toLocaleString("en")}: ${fmt(latencyGrowth)} (target ≤ 2.00)`);
  const failures = results.reduce((n, r) => n + r.stats.failures + r.file.failures, 0);
  if (failures) console.log(`${failures} requests failed`);
  process.exitCode = throughputRatio >= 0.5 && latencyGrowth <= 2 && failures === 0 ? 0 : 1;
} finally {
  await cleanup();
}
