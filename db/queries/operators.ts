import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { onlineRate, type CountRow } from "@/lib/stats/summary";
import type { Rate } from "@/lib/stats/wilson";
import { getDb } from "../index";
import { operators, reportCounts, type Operator } from "../schema";

export type OperatorSummary = {
  slug: string;
  names: { ru: string; en: string; zh: string };
  country: string;
  website: string;
  reports: number;
  online: Rate;
};

const toNames = (o: Operator) => ({ ru: o.nameRu, en: o.nameEn, zh: o.nameZh });

export async function listOperators(): Promise<Operator[]> {
  const db = await getDb();
  return db.select().from(operators).orderBy(asc(operators.sortOrder), asc(operators.slug));
}

export async function getOperatorBySlug({ slug }: { slug: string }): Promise<Operator | null> {
  const db = await getDb();
  const [row] = await db.select().from(operators).where(eq(operators.slug, slug)).limit(1);
  return row ?? null;
}

/** Every operator with its published report count and online success rate, from the rollup. */
export async function listOperatorSummaries(): Promise<OperatorSummary[]> {
  const db = await getDb();
  const [all, counts] = await Promise.all([
    listOperators(),
    db
      .select({
        operatorId: reportCounts.operatorId,
        channel: reportCounts.channel,
        outcome: reportCounts.outcome,
        location: reportCounts.location,
        attemptedMonth: reportCounts.attemptedMonth,
        n: sql<number>`${reportCounts.n}`.mapWith(Number),
      })
      .from(reportCounts)
      .where(and(eq(reportCounts.status, "published"), gt(reportCounts.n, 0))),
  ]);
  const byOperator = new Map<number, CountRow[]>();
  for (const row of counts) {
    const list = byOperator.get(row.operatorId) ?? [];
    list.push(row);
    byOperator.set(row.operatorId, list);
  }
  return all.map((operator) => {
    const rows = byOperator.get(operator.id) ?? [];
    return {
      slug: operator.slug,
      names: toNames(operator),
      country: operator.country,
      website: operator.website,
      reports: rows.reduce((sum, r) => sum + r.n, 0),
      online: onlineRate(rows),
    };
  });
}

export function operatorName(operator: { nameZh: string; nameEn: string } | { names: { zh: string; en: string } }, locale: string) {
  const names = "names" in operator ? operator.names : { zh: operator.nameZh, en: operator.nameEn };
  return locale === "zh" ? names.zh : names.en;
}
