import "server-only";
import { cacheTags } from "@/db/cache-tags";
import { cachedAs } from "@/db/cache";
import { listOperators, type OperatorView } from "@/db/queries/operators";
import { readRollups, type RollupRows } from "@/db/queries/stats";
import { utcDay } from "@/lib/follow-ups/window";
import { summarizeOperator, type OperatorStats } from "./summary";
import { successRate, type Rate } from "./wilson";

/** An operator's figures and the rollup version they were computed from (the ETag). */
export type OperatorFigures = { stats: OperatorStats; version: number };

function summarize(rows: RollupRows): OperatorFigures[] {
  // follow-up windows open with the calendar: the day is part of the figures (see asOf)
  const asOf = utcDay(new Date());
  const byOperator = <T extends { operatorId: number }>(list: T[], id: number) => list.filter((row) => row.operatorId === id);
  return rows.heads.map((head) => ({
    version: head.version,
    stats: summarizeOperator({
      operator: head.slug,
      counts: byOperator(rows.counts, head.id),
      days: byOperator(rows.days, head.id),
      documents: byOperator(rows.documents, head.id),
      registered: byOperator(rows.registered, head.id),
      followUps: byOperator(rows.followUps, head.id),
      asOf,
      pendingReports: rows.pending.find((p) => p.operatorId === head.id)?.n ?? 0,
      updatedAt: head.updatedAt,
    }),
  }));
}

/**
 * Figures of several operators in one read (every `::stats` embed of a page together);
 * unknown slugs are left out. Cached until a report of one of them changes.
 */
export async function loadOperatorFigures(slugs: string[]): Promise<Record<string, OperatorFigures>> {
  "use cache";
  const wanted = [...new Set(slugs)].sort();
  cachedAs(...wanted.map(cacheTags.operator), cacheTags.operators);
  if (wanted.length === 0) return {};
  return Object.fromEntries(summarize(await readRollups({ slugs: wanted })).map((f) => [f.stats.operator, f]));
}

export async function loadOperatorStats(slug: string): Promise<OperatorFigures | null> {
  return (await loadOperatorFigures([slug]))[slug] ?? null;
}

export type OperatorSummary = { slug: string; reports: number; online: Rate; version: number };

/** Every operator's report count and online rate, in the operators' display order. */
export async function loadOperatorSummaries(): Promise<OperatorSummary[]> {
  "use cache";
  cachedAs(cacheTags.reports, cacheTags.operators);
  return summarize(await readRollups()).map(({ stats, version }) => ({
    slug: stats.operator,
    reports: stats.reports.published,
    online: stats.online ?? successRate(0, 0),
    version,
  }));
}

/** What the operator tables show: each operator with its name, report count and online rate. */
export type OperatorRow = Pick<OperatorView, "slug" | "names"> & { reports: number; online: Rate };

export async function loadOperatorRows(): Promise<OperatorRow[]> {
  const [operators, summaries] = await Promise.all([listOperators(), loadOperatorSummaries()]);
  return operators.map(({ slug, names }) => {
    const summary = summaries.find((s) => s.slug === slug);
    return { slug, names, reports: summary?.reports ?? 0, online: summary?.online ?? successRate(0, 0) };
  });
}
