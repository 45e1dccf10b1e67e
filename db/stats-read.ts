import { and, eq, gt, sql } from "drizzle-orm";
import { summarizeOperator, type OperatorStats } from "../lib/stats/summary";
import type { Database } from "./client";
import { operators, reportCounts, reportDays, reportDocuments, reportRollupVersions } from "./schema";

// Summaries computed from the rollup, kept per process and reused while the operator's
// rollup version (bumped by the triggers in the writing transaction) is unchanged.
type Cached = { version: number; stats: OperatorStats };
const globalForStats = globalThis as unknown as { __simExitStats?: Map<string, Cached> };
const cache = (globalForStats.__simExitStats ??= new Map());

/** Forget every cached summary (tests that swap databases call this). */
export function clearStatsCache() {
  cache.clear();
}

/**
 * Figures for one operator; null for an unknown slug. Free of "server-only" so the HTTP
 * server's fast path (scripts/serve.ts) can share it; everything else goes through
 * db/queries/stats.ts. One indexed read decides whether the
 * cached summary is current; otherwise it is rebuilt from the rollup tables (bounded by
 * channels × outcomes × locations × months, never by the number of reports).
 */
export async function readOperatorStats(db: Database, slug: string): Promise<OperatorStats | null> {
  const [head] = await db
    .select({ id: operators.id, version: reportRollupVersions.version, updatedAt: reportRollupVersions.updatedAt })
    .from(operators)
    .leftJoin(reportRollupVersions, eq(reportRollupVersions.operatorId, operators.id))
    .where(eq(operators.slug, slug))
    .limit(1);
  if (!head) return null;
  const version = head.version ?? 0;
  const key = `${slug}:${head.id}`;
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.stats;

  // rows a status change or delete brought down to zero stay in the rollup: skip them
  const published = and(eq(reportCounts.operatorId, head.id), eq(reportCounts.status, "published"), gt(reportCounts.n, 0));
  const [counts, days, documents, pending] = await Promise.all([
    db
      .select({
        channel: reportCounts.channel,
        outcome: reportCounts.outcome,
        location: reportCounts.location,
        attemptedMonth: reportCounts.attemptedMonth,
        n: sql<number>`${reportCounts.n}`.mapWith(Number),
      })
      .from(reportCounts)
      .where(published),
    db
      .select({ days: reportDays.days, n: sql<number>`${reportDays.n}`.mapWith(Number) })
      .from(reportDays)
      .where(and(eq(reportDays.operatorId, head.id), eq(reportDays.status, "published"), gt(reportDays.n, 0))),
    db
      .select({ document: reportDocuments.document, n: sql<number>`${reportDocuments.n}`.mapWith(Number) })
      .from(reportDocuments)
      .where(and(eq(reportDocuments.operatorId, head.id), eq(reportDocuments.status, "published"), gt(reportDocuments.n, 0))),
    db
      .select({ n: sql<number>`coalesce(sum(${reportCounts.n}), 0)`.mapWith(Number) })
      .from(reportCounts)
      .where(and(eq(reportCounts.operatorId, head.id), eq(reportCounts.status, "pending"))),
  ]);
  const stats = summarizeOperator({
    operator: slug,
    counts,
    days,
    documents,
    pendingReports: pending[0]?.n ?? 0,
    updatedAt: head.updatedAt ? new Date(head.updatedAt) : null,
  });
  cache.set(key, { version, stats });
  return stats;
}
