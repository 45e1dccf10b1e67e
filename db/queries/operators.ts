import "server-only";
import { asc, eq } from "drizzle-orm";
import { successRate, type Rate } from "@/lib/stats/wilson";
import { getDb } from "../index";
import { operators, type Operator } from "../schema";
import { getOperatorStats } from "./stats";

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

/** Every operator with its published report count and online success rate (from the cached summaries). */
export async function listOperatorSummaries(): Promise<OperatorSummary[]> {
  const all = await listOperators();
  const stats = await Promise.all(all.map((operator) => getOperatorStats({ slug: operator.slug })));
  return all.map((operator, index) => ({
    slug: operator.slug,
    names: toNames(operator),
    country: operator.country,
    website: operator.website,
    reports: stats[index]?.reports.published ?? 0,
    online: stats[index]?.online ?? successRate(0, 0),
  }));
}

export function operatorName(operator: { nameZh: string; nameEn: string } | { names: { zh: string; en: string } }, locale: string) {
  const names = "names" in operator ? operator.names : { zh: operator.nameZh, en: operator.nameEn };
  return locale === "zh" ? names.zh : names.en;
}
