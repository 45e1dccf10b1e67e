import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import {
  operators,
  reportCounts,
  reportDays,
  reportDocuments,
  reportFollowUpCounts,
  reportRegisteredCounts,
  reportRollupVersions,
} from "../schema";
import type { Channel, DocumentKind, Location, Outcome, RegisteredTo } from "@/lib/domain";

export type RollupHead = { id: number; slug: string; version: number; updatedAt: Date | null };
/** Published reports counted per channel × outcome × location × month. */
export type RollupCountRow = { operatorId: number; channel: Channel; outcome: Outcome; location: Location; attemptedMonth: string; n: number };
export type RollupDaysRow = { operatorId: number; days: number; n: number };
export type RollupDocumentRow = { operatorId: number; document: DocumentKind; n: number };
/** Published reports by whose name the SIM is in (unanswered counts as unknown) and outcome. */
export type RollupRegisteredRow = { operatorId: number; registeredTo: RegisteredTo; outcome: Outcome; n: number };
/** Published reports that claimed success, by what their author's follow-ups say. */
export type RollupFollowUpRow = {
  operatorId: number;
  attemptedMonth: string;
  /** the author has a way back: a follow-up link, or the account that posted it */
  followable: boolean;
  /** at least one published follow-up, of any kind */
  followedUp: boolean;
  closure: "none" | "confirmed" | "refuted";
  /** due: the report said the balance was not refunded; refunded: it said it was, or a follow-up did */
  refund: "not_due" | "due" | "refunded";
  n: number;
};
export type RollupRows = {
  heads: RollupHead[];
  counts: RollupCountRow[];
  days: RollupDaysRow[];
  documents: RollupDocumentRow[];
  pending: Array<{ operatorId: number; n: number }>;
  registered: RollupRegisteredRow[];
  followUps: RollupFollowUpRow[];
};

/**
 * The rollup rows of the given operators (all operators when `slugs` is undefined): seven
 * queries however many operators are asked for, bounded by channels × outcomes ×
 * locations × months, never by the number of reports.
 */
export async function readRollups({ slugs }: { slugs?: string[] } = {}): Promise<RollupRows> {
  const db = await getDb();
  const heads = await db
    .select({ id: operators.id, slug: operators.slug, version: reportRollupVersions.version, updatedAt: reportRollupVersions.updatedAt })
    .from(operators)
    .leftJoin(reportRollupVersions, eq(reportRollupVersions.operatorId, operators.id))
    .where(slugs ? inArray(operators.slug, slugs.length ? slugs : [""]) : undefined)
    .orderBy(operators.sortOrder, operators.slug);
  const ids = heads.map((h) => h.id);
  if (ids.length === 0) return { heads: [], counts: [], days: [], documents: [], pending: [], registered: [], followUps: [] };
  // rows a status change or delete brought down to zero stay in the rollup: skip them
  const [counts, days, documents, pending, registered, followUps] = await Promise.all([
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
      .where(and(inArray(reportCounts.operatorId, ids), eq(reportCounts.status, "published"), gt(reportCounts.n, 0))),
    db
      .select({ operatorId: reportDays.operatorId, days: reportDays.days, n: sql<number>`${reportDays.n}`.mapWith(Number) })
      .from(reportDays)
      .where(and(inArray(reportDays.operatorId, ids), eq(reportDays.status, "published"), gt(reportDays.n, 0))),
    db
      .select({ operatorId: reportDocuments.operatorId, document: reportDocuments.document, n: sql<number>`${reportDocuments.n}`.mapWith(Number) })
      .from(reportDocuments)
      .where(and(inArray(reportDocuments.operatorId, ids), eq(reportDocuments.status, "published"), gt(reportDocuments.n, 0))),
    db
      .select({ operatorId: reportCounts.operatorId, n: sql<number>`coalesce(sum(${reportCounts.n}), 0)`.mapWith(Number) })
      .from(reportCounts)
      .where(and(inArray(reportCounts.operatorId, ids), eq(reportCounts.status, "pending")))
      .groupBy(reportCounts.operatorId),
    db
      .select({
        operatorId: reportRegisteredCounts.operatorId,
        registeredTo: reportRegisteredCounts.registeredTo,
        outcome: reportRegisteredCounts.outcome,
        n: sql<number>`${reportRegisteredCounts.n}`.mapWith(Number),
      })
      .from(reportRegisteredCounts)
      .where(and(inArray(reportRegisteredCounts.operatorId, ids), eq(reportRegisteredCounts.status, "published"), gt(reportRegisteredCounts.n, 0))),
    db
      .select({
        operatorId: reportFollowUpCounts.operatorId,
        attemptedMonth: reportFollowUpCounts.attemptedMonth,
        followable: reportFollowUpCounts.followable,
        followedUp: reportFollowUpCounts.followedUp,
        closure: reportFollowUpCounts.closure,
        refund: reportFollowUpCounts.refund,
        n: sql<number>`${reportFollowUpCounts.n}`.mapWith(Number),
      })
      .from(reportFollowUpCounts)
      .where(and(inArray(reportFollowUpCounts.operatorId, ids), eq(reportFollowUpCounts.status, "published"), gt(reportFollowUpCounts.n, 0))),
  ]);
  return {
    heads: heads.map((h) => ({ ...h, version: h.version ?? 0, updatedAt: h.updatedAt ? new Date(h.updatedAt) : null })),
    counts,
    days,
    documents,
    pending,
    registered,
    followUps: followUps as RollupFollowUpRow[],
  };
}
