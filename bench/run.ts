/**
 * `npm run bench`: what readers and writers get from a production server (`node dist/server.js`,
 * what `npm start` runs) on PostgreSQL, measured in one run and printed as ratios to a static
 * asset served by the same server (machines here are noisy; absolute numbers mean little):
 * throughput and p99 for a static asset, the prerendered /robots.txt, /, a guide page,
 * /operators/mts, /stats, the stats API and report posting; the pages again as browsers ask for
 * them (gzip); then the stats API at 1k, 100k and 1M reports. Checks the targets of the
 * rendering issue and exits non-zero on a miss.
 */
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import postgres from "postgres";
import { freshPostgresDatabase, startServer } from "../scripts/production-server";

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const sizes = (process.env.BENCH_SIZES ?? "1000,100000,1000000").split(",").map(Number);

type Result = { name: string; rps: number; p50: number; p99: number; errors: number };

function run(url: string, options: Partial<autocannon.Options> = {}, duration = seconds): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, pipelining: 1, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(name: string, url: string, options: Partial<autocannon.Options> = {}): Promise<Result> {
  await run(url, options, 2); // warm: the first request renders, the rest come from the cache
  const result = await run(url, options);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

if (!existsSync("dist/server.js") || !existsSync(".next/BUILD_ID")) {
  if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}

const database = await freshPostgresDatabase(adminUrl, { SEED_DEMO: "1" });
const server = await startServer({ DATABASE_URL: database.url, REPORT_LIMIT_PER_HOUR: "1000000" });
let failed = false;
try {
  const home = await (await fetch(`${server.url}/`)).text();
  const css = /\/_next\/static\/[^"]+\.css/.exec(home)?.[0];
  const guide = (await (await fetch(`${server.url}/api/v1/guide?locale=zh`)).json())[0].slug as string;
  if (!css) throw new Error("no stylesheet on the home page");

  let seq = 0;
  const results: Result[] = [];
  for (const [name, path] of [
    ["static asset (CSS)", css],
    ["/robots.txt (prerendered)", "/robots.txt"],
    ["/ (home)", "/"],
    [`/guide/${guide}`, `/guide/${guide}`],
    ["/operators/mts", "/operators/mts"],
    ["/stats", "/stats"],
    ["GET /api/v1/operators/mts/stats", "/api/v1/operators/mts/stats"],
  ] as const) {
    results.push(await measure(name, `${server.url}${path}`));
  }
  results.push(
    await measure("POST /api/v1/reports", `${server.url}/api/v1/reports`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ operator: "mts", channel: "app", outcome: "success", attemptedMonth: "2025-06", location: "abroad", story: `bench ${seq++} ${Date.now()}` }),
          }),
        },
      ],
    }),
  );

  // what browsers get: they all accept gzip (the server keeps a cached page's gzip per version)
  const gzipped: Result[] = [];
  for (const [name, path] of [
    ["static asset (CSS)", css],
    ["/ (home)", "/"],
    [`/guide/${guide}`, `/guide/${guide}`],
    ["/operators/mts", "/operators/mts"],
  ] as const) {
    gzipped.push(await measure(name, `${server.url}${path}`, { headers: { "accept-encoding": "gzip" } }));
  }

  const staticRps = results[0].rps;
  const table = (title: string, rows: Result[]) => {
    console.log(`\n${title}\n`);
    console.log("| what | req/s | × static | p50 ms | p99 ms | errors |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / rows[0].rps).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
  };
  table(`One run, ${connections} connections, ${seconds} s each (after a 2 s warm-up), production server on PostgreSQL`, results);
  table("The same, as browsers ask (Accept-Encoding: gzip), against the static asset gzipped", gzipped);

  // the stats API as the reports table grows: the rollup keeps it independent of the count
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  const latencies: Array<[number, number]> = [];
  for (const size of sizes) {
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from reports`;
    if (size > n) {
      await sql.unsafe(`
        insert into reports (operator_id, channel, outcome, attempted_month, location, story, language, idempotency_key, status)
        select (select id from operators where slug = 'mts'),
               (array['app','website','online_chat','store','phone'])[1 + (i % 5)]::channel,
               (array['success','failure','pending'])[1 + (i % 3)]::outcome,
               to_char(date '2024-01-01' + ((i % 24) || ' months')::interval, 'YYYY-MM'),
               (array['in_russia','abroad'])[1 + (i % 2)]::location,
               'bench', 'en', 'bench-' || ${size} || '-' || i, 'published'
        from generate_series(1, ${size - n}) as i`);
    }
    const result = await measure(`stats API at ${size} reports`, `${server.url}/api/v1/operators/mts/stats`);
    latencies.push([size, result.p50]);
    console.log(`stats API with ${size.toLocaleString("en")} reports: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
  }
  await sql.end();

  const byName = (prefix: string) => results.find((r) => r.name.startsWith(prefix))!;
  const checks: Array<[string, boolean]> = [];
  for (const page of ["/ (home)", `/guide/${guide}`, "/operators/mts"]) {
    const r = byName(page);
    checks.push([`${page} ≥ 0.3× static (${(r.rps / staticRps).toFixed(2)}) with p99 ≤ 150 ms (${r.p99})`, r.rps / staticRps >= 0.3 && r.p99 <= 150]);
  }
  const api = byName("GET /api/v1/operators/mts/stats");
  checks.push([`stats API ≥ 0.3× static (${(api.rps / staticRps).toFixed(2)})`, api.rps / staticRps >= 0.3]);
  const [first, last] = [latencies[0], latencies[latencies.length - 1]];
  checks.push([`stats latency at ${last[0]} within 2× of ${first[0]} (${(last[1] / Math.max(first[1], 1)).toFixed(2)}×)`, last[1] <= 2 * Math.max(first[1], 1)]);
  checks.push(["no errors", [...results, ...gzipped].every((r) => r.errors === 0)]);
  console.log("\nTargets");
  for (const [text, ok] of checks) console.log(`  ${ok ? "met " : "MISS"}  ${text}`);
  failed = checks.some(([, ok]) => !ok);
} finally {
  await server.stop();
  await database.drop();
}
process.exit(failed ? 1 : 0);
