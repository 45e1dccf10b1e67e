import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Channel, ClosureCheck, FollowUpKind, Outcome, ReportStatus } from "@/lib/domain";
import { cachedAs } from "../cache";
import { cacheTags } from "../cache-tags";
import { getDb } from "../index";
import { decidedColumns, logModeration, type DecidedItem, type ModerationDecision } from "./moderation-log";
import { REPORT_ID_PATTERN } from "./reports";
import { followUps, operators, reports } from "../schema";

/** The report a follow-up page is about: what its author needs to see, nothing private. */
export type FollowUpReport = {
  id: string;
  operator: string;
  channel: Channel;
  outcome: Outcome;
  attemptedMonth: string;
  status: ReportStatus;
  createdAt: string;
};

/** A follow-up as its author and the public see it. */
export type FollowUpView = {
  id: string;
  reportId: string;
  kind: FollowUpKind;
  method: ClosureCheck | null;
  refundAmount: number | null;
  note: string;
  status: ReportStatus;
  createdAt: string;
};

const reportColumns = {
  id: reports.id,
  operator: operators.slug,
  channel: reports.channel,
  outcome: reports.outcome,
  attemptedMonth: reports.attemptedMonth,
  status: reports.status,
  createdAt: reports.createdAt,
};

const followUpColumns = {
  id: followUps.id,
  reportId: followUps.reportId,
  kind: followUps.kind,
  method: followUps.method,
  refundAmount: followUps.refundAmount,
  note: followUps.note,
  status: followUps.status,
  createdAt: followUps.createdAt,
};

const toReport = (row: Omit<FollowUpReport, "createdAt"> & { createdAt: Date }): FollowUpReport => ({ ...row, createdAt: row.createdAt.toISOString() });
const toFollowUp = (row: Omit<FollowUpView, "createdAt"> & { createdAt: Date }): FollowUpView => ({ ...row, createdAt: row.createdAt.toISOString() });

/** The report whose follow-up token hashes to `tokenHash` (never cached: the key is a secret). */
export async function findReportByTokenHash({ tokenHash }: { tokenHash: string }): Promise<FollowUpReport | null> {
  const db = await getDb();
  const [row] = await db
    .select(reportColumns)
    .from(reports)
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(eq(reports.followUpTokenHash, tokenHash))
    .limit(1);
  return row ? toReport(row) : null;
}

/** A report posted by this account, or null (someone else's looks the same as a missing one). */
export async function findOwnReport({ id, userId }: { id: string; userId: string }): Promise<FollowUpReport | null> {
  if (!REPORT_ID_PATTERN.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select(reportColumns)
    .from(reports)
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(and(eq(reports.id, id), eq(reports.userId, userId)))
    .limit(1);
  return row ? toReport(row) : null;
}

/** The reports an account posted, newest first (its /account list). */
export async function listReportsOfUser({ userId, limit = 100 }: { userId: string; limit?: number }): Promise<FollowUpReport[]> {
  const db = await getDb();
  const rows = await db
    .select(reportColumns)
    .from(reports)
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(eq(reports.userId, userId))
    .orderBy(desc(reports.seq))
    .limit(limit);
  return rows.map(toReport);
}

/** Every follow-up of a report, whatever its status (for its author). */
export async function listFollowUpsOfReport({ reportId }: { reportId: string }): Promise<FollowUpView[]> {
  const db = await getDb();
  const rows = await db.select(followUpColumns).from(followUps).where(eq(followUps.reportId, reportId)).orderBy(asc(followUps.seq));
  return rows.map(toFollowUp);
}

/** The published follow-ups of a report, for its public page (cached until one changes). */
export async function listPublishedFollowUps({ reportId }: { reportId: string }): Promise<FollowUpView[]> {
  "use cache";
  cachedAs(cacheTags.report(reportId), cacheTags.everyReport);
  if (!REPORT_ID_PATTERN.test(reportId)) return [];
  const db = await getDb();
  const rows = await db
    .select(followUpColumns)
    .from(followUps)
    .where(and(eq(followUps.reportId, reportId), eq(followUps.status, "published")))
    .orderBy(asc(followUps.seq));
  return rows.map(toFollowUp);
}

export type OperatorFollowUp = FollowUpView & { attemptedMonth: string; outcome: Outcome; channel: Channel };

/** An operator's newest published follow-ups on published reports (its feed). */
export async function listRecentFollowUps({ operator, limit = 20 }: { operator: string; limit?: number }): Promise<OperatorFollowUp[]> {
  "use cache";
  cachedAs(cacheTags.operator(operator));
  const db = await getDb();
  const rows = await db
    .select({ ...followUpColumns, attemptedMonth: reports.attemptedMonth, outcome: reports.outcome, channel: reports.channel })
    .from(followUps)
    .innerJoin(reports, eq(reports.id, followUps.reportId))
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(and(eq(operators.slug, operator), eq(followUps.status, "published"), eq(reports.status, "published")))
    .orderBy(desc(followUps.seq))
    .limit(limit);
  return rows.map(toFollowUp) as OperatorFollowUp[];
}

export type NewFollowUpInput = Omit<FollowUpView, "id" | "createdAt"> & {
  moderationReason: string | null;
  userId: string | null;
  sourceHash: string | null;
};

export type InsertFollowUpOutcome = { kind: "stored"; id: string; status: ReportStatus } | { kind: "not_published" } | { kind: "already_added" };

/**
 * Stores a follow-up once per report and kind (the unique index decides between concurrent
 * ones). The report is locked and re-read first: one a moderator has just hidden takes none.
 */
export async function insertFollowUp(input: NewFollowUpInput): Promise<InsertFollowUpOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [report] = await tx.select({ status: reports.status }).from(reports).where(eq(reports.id, input.reportId)).for("update");
    if (!report || report.status !== "published") return { kind: "not_published" as const };
    const [row] = await tx
      .insert(followUps)
      .values(input)
      .onConflictDoNothing({ target: [followUps.reportId, followUps.kind] })
      .returning({ id: followUps.id, status: followUps.status });
    return row ? { kind: "stored" as const, ...row } : { kind: "already_added" as const };
  });
}

export type FollowUpQueueItem = FollowUpView & { operator: string; moderationReason: string | null };

/** Follow-ups waiting for a moderator, oldest first. */
export async function listFollowUpQueue({ limit = 100 }: { limit?: number } = {}): Promise<FollowUpQueueItem[]> {
  const db = await getDb();
  const rows = await db
    .select({ ...followUpColumns, operator: operators.slug, moderationReason: followUps.moderationReason })
    .from(followUps)
    .innerJoin(reports, eq(reports.id, followUps.reportId))
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(eq(followUps.status, "pending"))
    .orderBy(asc(followUps.seq))
    .limit(limit);
  return rows.map((row) => ({ ...toFollowUp(row), operator: row.operator, moderationReason: row.moderationReason }));
}

/** Approve (publish) or reject a follow-up and log it, in one transaction. */
export async function moderateFollowUp(decision: ModerationDecision): Promise<DecidedItem | null> {
  const { id, action } = decision;
  if (!REPORT_ID_PATTERN.test(id)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: followUps.id, reportId: followUps.reportId, operator: operators.slug })
      .from(followUps)
      .innerJoin(reports, eq(reports.id, followUps.reportId))
      .innerJoin(operators, eq(operators.id, reports.operatorId))
      .where(eq(followUps.id, id))
      .for("update", { of: followUps });
    if (!row) return null;
    const columns = decidedColumns(decision);
    await tx.update(followUps).set(columns).where(eq(followUps.id, id));
    await logModeration(tx, {
      actorId: decision.actorId,
      action: action === "approve" ? "approve_follow_up" : "reject_follow_up",
      targetType: "follow_up",
      targetId: id,
      reason: decision.reason,
    });
    return { id, status: columns.status, reportId: row.reportId, operator: row.operator };
  });
}
