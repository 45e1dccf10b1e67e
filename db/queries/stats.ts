import "server-only";
import { and, eq, gt, max, sql } from "drizzle-orm";
import { summarizeOperator, type OperatorStats } from "@/lib/stats/summary";
import { getDb } from "../index";
import { operators, reportCounts, reportDays, reportDocuments } from "../schema";

/**
 * Figures for one operator from the rollup tables (bounded by channels × outcomes ×
 * locations × months, not by the number of reports). null for an unknown slug.
 */
export async function getOperatorStats({ slug }: { slug: string }): Promise<OperatorStats | null> {
  const db = await getDb();
  const [operator] = await db.select({ id: operators.id }).from(operators).where(eq(operators.slug, slug)).limit(1);
  if (!operator) return null;
  // rows a status change or delete brought down to zero stay in the rollup: skip them
  const published = and(eq(reportCounts.operatorId, operator.id), eq(reportCounts.status, "published"), gt(reportCounts.n, 0));
  const [counts, days, documents, pending, updated] = await Promise.all([
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
      .where(and(eq(reportDays.operatorId, operator.id), eq(reportDays.status, "published"), gt(reportDays.n, 0))),
    db
      .select({ document: reportDocuments.document, n: sql<number>`${reportDocuments.n}`.mapWith(Number) })
      .from(reportDocuments)
      .where(and(eq(reportDocuments.operatorId, operator.id), eq(reportDocuments.status, "published"), gt(reportDocuments.n, 0))),
    db
      .select({ n: sql<number>`coalesce(sum(${reportCounts.n}), 0)`.mapWith(Number) })
      .from(reportCounts)
      .where(and(eq(reportCounts.operatorId, operator.id), eq(reportCounts.status, "pending"))),
    db
      .select({ at: max(reportCounts.updatedAt) })
      .from(reportCounts)
      .where(eq(reportCounts.operatorId, operator.id)),
  ]);
  return summarizeOperator({
    operator: slug,
    counts,
    days,
    documents,
    pendingReports: pending[0]?.n ?? 0,
    updatedAt: updated[0]?.at ? new Date(updated[0].at) : null,
  });
}
