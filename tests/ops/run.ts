/**
 * `npm run test:ops [names…]`: the operations proofs, each a script run against the production
 * build (`npm run build` first; they reuse it). On PostgreSQL (DATABASE_URL set): outage (on a
 * throwaway cluster of its own), crash, shutdown, restore. On PGlite: lock, crash, shutdown,
 * restore. Prints one closing count.
 */
import { spawnSync } from "node:child_process";
import { requireBuild } from "./support/app";

const onPostgres = Boolean(process.env.DATABASE_URL);
const all = onPostgres ? ["outage", "crash", "shutdown", "restore"] : ["lock", "crash", "shutdown", "restore"];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
requireBuild();

const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
for (const name of chosen) {
  const started = Date.now();
  const result = spawnSync("npx", ["tsx", `tests/ops/${name}.ts`], { stdio: "inherit", env: process.env });
  results.push({ name, ok: result.status === 0, seconds: (Date.now() - started) / 1000 });
}
console.log(`\nops tests on ${onPostgres ? "PostgreSQL" : "PGlite"}`);
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.ok ? "passed" : "FAILED"} (${r.seconds.toFixed(0)} s)`);
const passed = results.filter((r) => r.ok).length;
console.log(`ops: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length && passed > 0 ? 0 : 1);
