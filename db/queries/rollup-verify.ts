import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../index";

export type RollupDifference = { table: string; key: string; rollup: number; recount: number };

// a report's verdict from its published follow-ups: a refutation outweighs a confirmation
const followUpClosure = sql.raw(`CASE WHEN bool_or(kind IN ('still_active', 'charges_continued')) THEN 'refuted'
  WHEN bool_or(kind = 'confirmed_closed') THEN 'confirmed' ELSE 'none' END`);

// Each pair: what the rollup holds, and the same figures recounted from raw reports and follow-ups.
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
  {
    table: "report_registered_counts",
    rollup: sql`SELECT concat_ws('|', operator_id, status, registered_to, outcome) AS key, n::bigint AS n FROM report_registered_counts WHERE n <> 0`,
    recount: sql`SELECT concat_ws('|', operator_id, status, coalesce(registered_to, 'unknown'), outcome) AS key, count(*)::bigint AS n
      FROM reports GROUP BY operator_id, status, coalesce(registered_to, 'unknown'), outcome`,
  },
  {
    // what each report's follow-ups say, kept on the report by the follow_ups trigger
    table: "reports (follow-up state)",
    rollup: sql`SELECT concat_ws('|', id, followed_up, coalesce(closure_verdict, 'none'), refund_confirmed) AS key, 1::bigint AS n
      FROM reports WHERE followed_up OR closure_verdict IS NOT NULL OR refund_confirmed`,
    recount: sql`SELECT concat_ws('|', report_id, true, ${followUpClosure}, bool_or(kind = 'balance_refunded')) AS key, 1::bigint AS n
      FROM follow_ups WHERE status = 'published' GROUP BY report_id`,
  },
  {
    // recounted from the follow-ups themselves, not from the state kept on the reports
    table: "report_follow_up_counts",
    rollup: sql`SELECT concat_ws('|', operator_id, status, attempted_month, followable, followed_up, closure, refund) AS key, n::bigint AS n
      FROM report_follow_up_counts WHERE n <> 0`,
    recount: sql`SELECT concat_ws('|', r.operator_id, r.status, r.attempted_month,
        r.follow_up_token_hash IS NOT NULL OR r.user_id IS NOT NULL,
        f.report_id IS NOT NULL,
        coalesce(f.closure, 'none'),
        CASE WHEN r.balance_refunded = 'yes' OR coalesce(f.refunded, false) THEN 'refunded'
             WHEN r.balance_refunded = 'no' THEN 'due' ELSE 'not_due' END) AS key, count(*)::bigint AS n
      FROM reports r
      LEFT JOIN (
        SELECT report_id, ${followUpClosure} AS closure, bool_or(kind = 'balance_refunded') AS refunded
        FROM follow_ups WHERE status = 'published' GROUP BY report_id
      ) f ON f.report_id = r.id
      WHERE r.outcome = 'success'
      GROUP BY 1`,
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
