import "server-only";
import { and, desc, eq, gt, lt, type SQL } from "drizzle-orm";
import type {
  BalanceRefunded,
  Channel,
  DocumentKind,
  Location,
  Outcome,
  RegisteredTo,
  ReportLanguage,
  ReportStatus,
} from "@/lib/domain";
import { cachedAs } from "../cache";
import { cacheTags } from "../cache-tags";
import { getDb } from "../index";
import { limitVerdict, lockSubject, queueLocally, type Executor } from "./rate-limits";
import { operators, rateLimitEvents, reports } from "../schema";

/** A report as the public sees it: no user id, address hash or idempotency key. */
export type PublicReport = {
  id: string;
  operator: string;
  channel: Channel;
  outcome: Outcome;
  attemptedMonth: string;
  daysToComplete: number | null;
  location: Location;
  registeredTo: RegisteredTo | null;
  documents: DocumentKind[];
  balanceRefunded: BalanceRefunded | null;
  story: string;
  language: ReportLanguage;
  displayName: string | null;
  demo: boolean;
  createdAt: string;
};

export type ReportFilters = {
  operator?: string;
  channel?: Channel;
  outcome?: Outcome;
  location?: Location;
};

const publicColumns = {
  id: reports.id,
  seq: reports.seq,
  operator: operators.slug,
  channel: reports.channel,
  outcome: reports.outcome,
  attemptedMonth: reports.attemptedMonth,
  daysToComplete: reports.daysToComplete,
  location: reports.location,
  registeredTo: reports.registeredTo,
  documents: reports.documents,
  balanceRefunded: reports.balanceRefunded,
  story: reports.story,
  language: reports.language,
  displayName: reports.displayName,
  demo: reports.isDemo,
  createdAt: reports.createdAt,
  status: reports.status,
};

type PublicRow = Omit<PublicReport, "createdAt"> & { seq: number; status: ReportStatus; createdAt: Date };

function toPublicReport({ seq: _seq, status: _status, createdAt, ...row }: PublicRow): PublicReport {
  return { ...row, createdAt: createdAt.toISOString() };
}

export type CreatedReport = { id: string; status: ReportStatus; created: boolean };

/** What the author tells about an attempt, as it is stored (lib/reports/schema.ts parses input into it). */
export type ReportFields = Omit<PublicReport, "id" | "operator" | "demo" | "createdAt">;

export type NewReportInput = {
  input: ReportFields;
  operatorId: number;
  idempotencyKey: string;
  status: ReportStatus;
  moderationReason: string | null;
  userId: string | null;
  sourceHash: string | null;
  /** sha-256 of the author's follow-up token (lib/follow-ups/token.ts) */
  followUpTokenHash: string | null;
};

export type ReportLimit = { bucket: string; subject: string; limit: number; windowMs: number };

export type InsertOutcome =
  | ({ kind: "stored" } & CreatedReport)
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "duplicate" };

const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Stores a report once per idempotency key, inside one transaction that also enforces the
 * sender's rate limit and refuses the same story from the same source within 10 minutes.
 * Requests from one source queue on an advisory lock (and, within one instance, before they
 * take a pooled connection), so a flood never stores more than the limit, and a repeat of a
 * key returns the original without counting against it.
 */
export async function insertReport(report: NewReportInput, limit?: ReportLimit): Promise<InsertOutcome> {
  if (!limit) return insertReportNow(report);
  return queueLocally([`${limit.bucket}:${limit.subject}`], () => insertReportNow(report, limit));
}

async function insertReportNow(report: NewReportInput, limit?: ReportLimit): Promise<InsertOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (limit) await lockSubject(tx, limit.bucket, limit.subject);
    const existing = await findByKey(tx, report.idempotencyKey);
    if (existing) return { kind: "stored" as const, ...existing, created: false };
    if (limit) {
      const verdict = await limitVerdict(tx, limit);
      if (!verdict.ok) return { kind: "rate_limited" as const, retryAfterSeconds: verdict.retryAfterSeconds };
      if (report.sourceHash && report.input.story) {
        const [twin] = await tx
          .select({ id: reports.id })
          .from(reports)
          .where(
            and(
              eq(reports.sourceHash, report.sourceHash),
              eq(reports.story, report.input.story),
              gt(reports.createdAt, new Date(Date.now() - DUPLICATE_WINDOW_MS)),
            ),
          )
          .limit(1);
        if (twin) return { kind: "duplicate" as const };
      }
      await tx.insert(rateLimitEvents).values({ bucket: limit.bucket, subject: limit.subject });
    }
    const { input } = report;
    const [inserted] = await tx
      .insert(reports)
      .values({
        operatorId: report.operatorId,
        channel: input.channel,
        outcome: input.outcome,
        attemptedMonth: input.attemptedMonth,
        daysToComplete: input.daysToComplete,
        location: input.location,
        registeredTo: input.registeredTo,
        documents: input.documents,
        balanceRefunded: input.balanceRefunded,
        story: input.story,
        language: input.language,
        displayName: input.displayName,
        userId: report.userId,
        status: report.status,
        moderationReason: report.moderationReason,
        idempotencyKey: report.idempotencyKey,
        sourceHash: report.sourceHash,
        followUpTokenHash: report.followUpTokenHash,
      })
      // a twin from another source may have taken the key meanwhile: then it is the original
      .onConflictDoNothing({ target: reports.idempotencyKey })
      .returning({ id: reports.id, status: reports.status });
    if (inserted) return { kind: "stored" as const, ...inserted, created: true };
    const twin = await findByKey(tx, report.idempotencyKey);
    if (!twin) throw new Error("idempotent insert found neither a new nor an existing row");
    return { kind: "stored" as const, ...twin, created: false };
  });
}

async function findByKey(tx: Executor, idempotencyKey: string) {
  const [row] = await tx
    .select({ id: reports.id, status: reports.status })
    .from(reports)
    .where(eq(reports.idempotencyKey, idempotencyKey))
    .limit(1);
  return row ?? null;
}

function filterConditions(filters: ReportFilters): SQL[] {
  const conditions: SQL[] = [eq(reports.status, "published")];
  if (filters.operator) conditions.push(eq(operators.slug, filters.operator));
  if (filters.channel) conditions.push(eq(reports.channel, filters.channel));
  if (filters.outcome) conditions.push(eq(reports.outcome, filters.outcome));
  if (filters.location) conditions.push(eq(reports.location, filters.location));
  return conditions;
}

/** Cursors are opaque to clients: the insertion sequence of the last item, base64url. */
function encodeCursor(seq: number) {
  return Buffer.from(`s:${seq}`).toString("base64url");
}
export function decodeCursor(cursor: string): number | null {
  const match = /^s:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
}

/** Published reports, newest first; a cursor stays valid however many reports arrive later. */
export async function listPublishedReports({
  filters = {},
  cursor = null,
  limit = 20,
}: {
  filters?: ReportFilters;
  cursor?: number | null;
  limit?: number;
}): Promise<{ items: PublicReport[]; nextCursor: string | null }> {
  const db = await getDb();
  const conditions = filterConditions(filters);
  if (cursor !== null) conditions.push(lt(reports.seq, cursor));
  const rows = await db
    .select(publicColumns)
    .from(reports)
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(and(...conditions))
    .orderBy(desc(reports.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map(toPublicReport),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].seq) : null,
  };
}

/** The newest published reports of one operator (or of all), for reading pages. */
export async function listRecentReports({ operator, limit = 10 }: { operator?: string; limit?: number }): Promise<PublicReport[]> {
  "use cache";
  cachedAs(operator ? cacheTags.operator(operator) : cacheTags.reports);
  return (await listPublishedReports({ filters: { operator }, limit })).items;
}

export const REPORT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One report with its status, as its page shows it (cached until the report changes). */
export async function getReport({ id }: { id: string }): Promise<(PublicReport & { status: ReportStatus }) | null> {
  "use cache";
  const report = await findReport({ id });
  // an id that is not there yet may be posted later: any new report re-checks it
  cachedAs(cacheTags.report(id), cacheTags.everyReport, ...(report ? [cacheTags.operator(report.operator)] : [cacheTags.reports]));
  return report;
}

/** One report with its status, so the page can say "awaiting review" instead of a 404. */
async function findReport({ id }: { id: string }): Promise<(PublicReport & { status: ReportStatus }) | null> {
  if (!REPORT_ID_PATTERN.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select(publicColumns)
    .from(reports)
    .innerJoin(operators, eq(operators.id, reports.operatorId))
    .where(eq(reports.id, id))
    .limit(1);
  return row ? { ...toPublicReport(row), status: row.status } : null;
}

export async function getPublishedReport({ id }: { id: string }): Promise<PublicReport | null> {
  const report = await findReport({ id });
  if (!report || report.status !== "published") return null;
  const { status: _status, ...rest } = report;
  return rest;
}

/** Every published report, oldest first, in keyset batches (for the open-data export). */
export async function* streamPublishedReports({ batchSize = 1000 }: { batchSize?: number } = {}) {
  const db = await getDb();
  let after = 0;
  for (;;) {
    const rows = await db
      .select(publicColumns)
      .from(reports)
      .innerJoin(operators, eq(operators.id, reports.operatorId))
      .where(and(eq(reports.status, "published"), gt(reports.seq, after)))
      .orderBy(reports.seq)
      .limit(batchSize);
    for (const row of rows) yield toPublicReport(row);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].seq;
  }
}

export async function hasDemoReports(): Promise<boolean> {
  "use cache";
  cachedAs(cacheTags.demoReports);
  const db = await getDb();
  const [row] = await db.select({ id: reports.id }).from(reports).where(eq(reports.isDemo, true)).limit(1);
  return Boolean(row);
}
