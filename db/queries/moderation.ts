import "server-only";
import { desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { moderationLog, operators, rateLimitEvents, reportFlags, reports, users } from "../schema";
import { decidedColumns, logModeration, type DecidedItem, type ModerationDecision } from "./moderation-log";
import { limitVerdict, lockSubject, queueLocally, type Executor } from "./rate-limits";
import { REPORT_ID_PATTERN } from "./reports";

export type FlagOutcome =
  | { kind: "not_found" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "flagged"; counted: boolean; hidden: boolean };

export type FlagLimit = { bucket: string; subjects: string[]; limit: number; windowMs: number };

/**
 * One flag per reader: the account and the address each count once (two unique indexes),
 * so one person with several accounts on one address is still one reader. Flags are
 * rate-limited per address and account. At `threshold` flags a published report goes back
 * to review in the same transaction (the rollup triggers move its figures with it).
 */
export async function flagReport({
  reportId,
  readerKey,
  addressHash,
  reason,
  threshold,
  limit,
}: {
  reportId: string;
  readerKey: string;
  addressHash: string;
  reason: string;
  threshold: number;
  limit: FlagLimit;
}): Promise<FlagOutcome> {
  const db = await getDb();
  return queueLocally(limit.subjects.map((subject) => `${limit.bucket}:${subject}`), () => db.transaction(async (tx) => {
    const executor = tx as unknown as Executor;
    for (const subject of limit.subjects) await lockSubject(executor, limit.bucket, subject);
    for (const subject of limit.subjects) {
      const verdict = await limitVerdict(executor, { bucket: limit.bucket, subject, limit: limit.limit, windowMs: limit.windowMs });
      if (!verdict.ok) return { kind: "rate_limited" as const, retryAfterSeconds: verdict.retryAfterSeconds };
    }
    const [report] = await tx.select({ status: reports.status }).from(reports).where(eq(reports.id, reportId)).for("update");
    if (!report || report.status !== "published") return { kind: "not_found" as const };
    await tx.insert(rateLimitEvents).values(limit.subjects.map((subject) => ({ bucket: limit.bucket, subject })));
    const inserted = await tx
      .insert(reportFlags)
      .values({ reportId, readerKey, addressHash, reason })
      .onConflictDoNothing()
      .returning({ id: reportFlags.id });
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(reportFlags)
      .where(eq(reportFlags.reportId, reportId));
    const hidden = n >= threshold;
    if (hidden) {
      await tx.update(reports).set({ status: "pending", moderationReason: "flagged", updatedAt: new Date() }).where(eq(reports.id, reportId));
    }
    return { kind: "flagged" as const, counted: inserted.length > 0, hidden };
  }));
}

export type QueueItem = {
  id: string;
  operator: string;
  channel: string;
  outcome: string;
  attemptedMonth: string;
  location: string;
  story: string;
  displayName: string | null;
  moderationReason: string | null;
  createdAt: string;
  flags: Array<{ reason: string; createdAt: string }>;
};

/** Reports waiting for a moderator, oldest first, with their reasons and flags. */
export async function listModerationQueue({ limit = 100 }: { limit?: number } = {}): Promise<QueueItem[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: reports.id,
      operator: operators.slug,
      channel: reports.channel,
      outcome: reports.outcome,
      attemptedMonth: reports.attemptedMonth,
      location: reports.location,
      story: reports.story,
      displayName: reports.displayName,
      moderationReason: reports.moderationReason,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(eq(reports.status, "pending"))
    .orderBy(reports.seq)
    .limit(limit);
  const flags = rows.length
    ? await db
        .select({ reportId: reportFlags.reportId, reason: reportFlags.reason, createdAt: reportFlags.createdAt })
        .from(reportFlags)
        .where(inArray(reportFlags.reportId, rows.map((r) => r.id)))
        .orderBy(reportFlags.createdAt)
    : [];
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    flags: flags.filter((f) => f.reportId === row.id).map((f) => ({ reason: f.reason, createdAt: f.createdAt.toISOString() })),
  }));
}

/** Approve (publish) or reject a report and log who did it and why, in one transaction. */
export async function moderateReport(decision: ModerationDecision): Promise<DecidedItem | null> {
  const { id, action } = decision;
  if (!REPORT_ID_PATTERN.test(id)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select({ id: reports.id, operator: operators.slug })
      .from(reports)
      .innerJoin(operators, eq(operators.id, reports.operatorId))
      .where(eq(reports.id, id))
      .for("update", { of: reports });
    if (!report) return null;
    const columns = decidedColumns(decision);
    await tx.update(reports).set(columns).where(eq(reports.id, id));
    // an approved report starts clean: earlier flags were reviewed with it
    if (action === "approve") await tx.delete(reportFlags).where(eq(reportFlags.reportId, id));
    await logModeration(tx, { actorId: decision.actorId, action: action === "approve" ? "approve_report" : "reject_report", targetType: "report", targetId: id, reason: decision.reason });
    return { id, status: columns.status, reportId: id, operator: report.operator };
  });
}

export type LogEntry = { id: number; actor: string | null; action: string; targetType: string; targetId: string; reason: string; createdAt: string };

export async function listModerationLog({ limit = 100 }: { limit?: number } = {}): Promise<LogEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: moderationLog.id,
      actor: users.name,
      action: moderationLog.action,
      targetType: moderationLog.targetType,
      targetId: moderationLog.targetId,
      reason: moderationLog.reason,
      createdAt: moderationLog.createdAt,
    })
    .from(moderationLog)
    .leftJoin(users, eq(users.id, moderationLog.actorId))
    .orderBy(desc(moderationLog.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
