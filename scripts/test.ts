/**
 * `npm test`: unit, integration (against PGlite, or PostgreSQL when DATABASE_URL is set),
 * end-to-end in Chromium (which builds the app), then system tests that start production
 * servers from that build (client addresses, several instances on one PostgreSQL).
 * Runs them all, then prints one closing count.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("artifacts", { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
type Tally = { name: string; passed: number; failed: number; skipped: number; exit: number; seconds: number };
const tallies: Tally[] = [];

function vitest(project: string): Tally {
  const output = `artifacts/vitest-${project}.json`;
  rmSync(output, { force: true });
  const started = Date.now();
  const result = spawnSync(
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
    { stdio: "inherit", env },
  );
  const report = existsSync(output) ? JSON.parse(readFileSync(output, "utf8")) : null;
  return {
    name: project,
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    exit: result.status ?? 1,
    seconds: (Date.now() - started) / 1000,
  };
}

function e2e(): Tally {
  const output = "artifacts/e2e-results.json";
  rmSync(output, { force: true });
  const started = Date.now();
  const result = spawnSync("npx", ["tsx", "scripts/e2e.ts"], { stdio: "inherit", env });
  const report = existsSync(output) ? JSON.parse(readFileSync(output, "utf8")) : null;
  const stats = report?.stats;
  return {
    name: "e2e",
    passed: stats?.expected ?? 0,
    failed: stats ? stats.unexpected + stats.flaky : 1,
    skipped: stats?.skipped ?? 0,
    exit: result.status ?? 1,
    seconds: (Date.now() - started) / 1000,
  };
}

const only = process.argv[2];
if (!only || only === "unit") tallies.push(vitest("unit"));
if (!only || only === "integration") tallies.push(vitest("integration"));
if (!only || only === "e2e") tallies.push(e2e());
if (!only || only === "system") tallies.push(vitest("system"));

console.log("\nSummary");
for (const t of tallies) {
  console.log(`  ${t.name.padEnd(12)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${t.seconds.toFixed(0)} s)`);
}
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
const broken = tallies.some((t) => t.exit !== 0) || failed > 0 || passed === 0;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
