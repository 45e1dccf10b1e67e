/** `npm run stats:verify`: recount every statistic from raw reports; non-zero exit on any difference. */
import { closeDb, configureDatabase } from "../db/index";
import { verifyRollups } from "../db/queries/rollup-verify";
import { env } from "../lib/env";
import { exitOnFailure } from "./cli";

exitOnFailure();

configureDatabase(env().database);

const differences = await verifyRollups();
await closeDb();
if (differences.length > 0) {
  console.error(`${differences.length} rollup rows differ from a recount:`);
  for (const d of differences.slice(0, 50)) console.error(`  ${d.table} ${d.key}: rollup ${d.rollup}, recount ${d.recount}`);
  process.exit(1);
}
console.log("Statistics verified: every rollup equals a recount from the raw reports.");
