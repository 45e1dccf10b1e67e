import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../index";

export type RollupDifference = { table: string; key: string; rollup: number; recount: number };

// Each pair: what the rollup holds, and the same figures recounted from raw reports.
const CHECKS = [
  {
    table: "report_counts",
    rollup: sql`SELECT concat_ws('|', operator_id, status, channel, outcome, location, attempted_month) AS key, n::bigint AS n FROM report_counts WHERE n <> 0`,
    recount: sql`SELECT concat_ws('|', operator_id, status, channel, outcome, location, attempted_month) AS key, count(*)::bigint AS n
      FROM reports GROUP BY operator_id, status, channel, outcome, location, attempted_month`,
  },
  {
    table: "report_days",
    rollup: sql`SELECT concat_ws('|', operator_id, status, days) AS key, n::bigint AS n FROM report_days WHERE n <> 0`,
    recount: sql`SELECT concat_ws('|', operator_id, status, days_to_complete) AS key, count(*)::bigint AS n FROM reports
      WHERE days_to_complete IS NOT NULL AND outcome IN ('success', 'failure')
        AND channel IN ('app', 'website', 'online_chat', 'email', 'gosuslugi')
      GROUP BY operator_id, status, days_to_complete`,
  },
  {
    table: "report_documents",
    rollup: sql`SELECT concat_ws('|', operator_id, status, document) AS key, n::bigint AS n FROM report_documents WHERE n <> 0`,
    recount: sql`SELECT concat_ws('|', operator_id, status, document) AS key, count(*)::bigint AS n
      FROM reports, unnest(documents) AS document GROUP BY operator_id, status, document`,
  },
];

type Row = { key: string; n: string | number };

function rowsOf(result: unknown): Row[] {
  // postgres.js returns the rows as an array; PGlite wraps them in { rows }
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/** Recounts every rollup from the raw reports; an empty list means the figures are exact. */
export async function verifyRollups(): Promise<RollupDifference[]> {
  const db = await getDb();
  const differences: RollupDifference[] = [];
  for (const check of CHECKS) {
    const [rollup, recount] = [rowsOf(await db.execute(check.rollup)), rowsOf(await db.execute(check.recount))];
    const expected = new Map(recount.map((r) => [r.key, Number(r.n)]));
    const actual = new Map(rollup.map((r) => [r.key, Number(r.n)]));
    for (const key of new Set([...expected.keys(), ...actual.keys()])) {
      const a = actual.get(key) ?? 0;
      const e = expected.get(key) ?? 0;
      if (a !== e) differences.push({ table: check.table, key, rollup: a, recount: e });
    }
  }
  return differences;
}
