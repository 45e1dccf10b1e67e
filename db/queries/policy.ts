import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { PolicyChange, PolicyStatus, PolicyVoteChoice } from "@/lib/domain";
import { getDb, type Database } from "../index";
import { policyEventRevisions, policyEvents, policyVotes, rateLimitEvents, users, type PolicySnapshot } from "../schema";
import { logModeration } from "./moderation-log";
import { limitVerdict, lockSubject, type Executor } from "./rate-limits";

export type { PolicySnapshot };

/** A fact as stored now, with the readers' votes of its current round (votes on the current revision). */
export type PolicyEventRow = PolicySnapshot & {
  id: string;
  revision: number;
  disputed: boolean;
  confirmations: number;
  disputes: number;
  updatedAt: string;
};

// votes of the current round, one row per fact that has any
const roundTally = (db: Database) =>
  db
    .select({
      eventId: policyVotes.eventId,
      confirmations: sql<number>`count(*) filter (where ${policyVotes.choice} = 'confirm')`.mapWith(Number).as("confirmations"),
      disputes: sql<number>`count(*) filter (where ${policyVotes.choice} = 'dispute')`.mapWith(Number).as("disputes"),
    })
    .from(policyVotes)
    .innerJoin(policyEvents, and(eq(policyEvents.id, policyVotes.eventId), eq(policyEvents.revision, policyVotes.revision)))
    .groupBy(policyVotes.eventId)
    .as("tally");

/** The columns of a fact that a snapshot holds: its fields laid flat, as the table (and the fact form) name them. */
type SnapshotColumns = ReturnType<typeof columnsOf>;

export function snapshotOf(row: SnapshotColumns): PolicySnapshot {
  return {
    date: row.date,
    dateEnd: row.dateEnd,
    kind: row.kind,
    status: row.status,
    operator: row.operatorSlug,
    title: { zh: row.titleZh, en: row.titleEn },
    summary: { zh: row.summaryZh, en: row.summaryEn },
    affects: { zh: row.affectsZh, en: row.affectsEn },
    source: { name: row.sourceName, date: row.sourceDate, url: row.sourceUrl },
    lastChecked: row.lastChecked,
    checkAfter: row.checkAfter,
  };
}

/** The columns a snapshot sets (the inverse of snapshotOf). */
export function columnsOf(snapshot: PolicySnapshot) {
  return {
    date: snapshot.date,
    dateEnd: snapshot.dateEnd,
    kind: snapshot.kind,
    status: snapshot.status,
    operatorSlug: snapshot.operator,
    titleZh: snapshot.title.zh,
    titleEn: snapshot.title.en,
    summaryZh: snapshot.summary.zh,
    summaryEn: snapshot.summary.en,
    affectsZh: snapshot.affects.zh,
    affectsEn: snapshot.affects.en,
    sourceName: snapshot.source.name,
    sourceDate: snapshot.source.date,
    sourceUrl: snapshot.source.url,
    lastChecked: snapshot.lastChecked,
    checkAfter: snapshot.checkAfter,
  };
}

async function selectEvents(where?: SQL): Promise<PolicyEventRow[]> {
  const db = await getDb();
  const tally = roundTally(db);
  const rows = await db
    .select({ event: policyEvents, confirmations: tally.confirmations, disputes: tally.disputes })
    .from(policyEvents)
    .leftJoin(tally, eq(tally.eventId, policyEvents.id))
    .where(where)
    .orderBy(asc(policyEvents.date), asc(policyEvents.position), asc(policyEvents.id));
  return rows.map(({ event, confirmations, disputes }) => ({
    id: event.id,
    ...snapshotOf(event),
    revision: event.revision,
    disputed: event.disputed,
    confirmations: confirmations ?? 0,
    disputes: disputes ?? 0,
    updatedAt: event.updatedAt.toISOString(),
  }));
}

/** Every fact of the timeline, in date order (the order of the facts file). */
export function listPolicyEvents(): Promise<PolicyEventRow[]> {
  return selectEvents();
}

/** The facts a page cites, in one query (unknown ids are simply absent). */
export function getPolicyEventsByIds({ ids }: { ids: string[] }): Promise<PolicyEventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectEvents(inArray(policyEvents.id, ids));
}

export async function getPolicyEvent({ id }: { id: string }): Promise<PolicyEventRow | null> {
  return (await selectEvents(eq(policyEvents.id, id)))[0] ?? null;
}

export type PolicyRevisionItem = {
  number: number;
  change: PolicyChange;
  snapshot: PolicySnapshot;
  reason: string;
  actor: string | null;
  createdAt: string;
  /** the votes readers cast while this revision was current */
  confirmations: number;
  disputes: number;
};

/** A fact's history, newest first, with the votes each revision received. */
export async function listPolicyRevisions({ id }: { id: string }): Promise<PolicyRevisionItem[]> {
  const db = await getDb();
  const votes = db
    .select({
      revision: policyVotes.revision,
      confirmations: sql<number>`count(*) filter (where ${policyVotes.choice} = 'confirm')`.mapWith(Number).as("confirmations"),
      disputes: sql<number>`count(*) filter (where ${policyVotes.choice} = 'dispute')`.mapWith(Number).as("disputes"),
    })
    .from(policyVotes)
    .where(eq(policyVotes.eventId, id))
    .groupBy(policyVotes.revision)
    .as("votes");
  const rows = await db
    .select({
      number: policyEventRevisions.number,
      change: policyEventRevisions.change,
      snapshot: policyEventRevisions.snapshot,
      reason: policyEventRevisions.reason,
      actor: users.name,
      createdAt: policyEventRevisions.createdAt,
      confirmations: votes.confirmations,
      disputes: votes.disputes,
    })
    .from(policyEventRevisions)
    .leftJoin(users, eq(users.id, policyEventRevisions.actorId))
    .leftJoin(votes, eq(votes.revision, policyEventRevisions.number))
    .where(eq(policyEventRevisions.eventId, id))
    .orderBy(desc(policyEventRevisions.number));
  return rows.map((r) => ({ ...r, confirmations: r.confirmations ?? 0, disputes: r.disputes ?? 0, createdAt: r.createdAt.toISOString() }));
}

export type RecentPolicyRevision = { eventId: string; number: number; change: PolicyChange; snapshot: PolicySnapshot; reason: string; createdAt: string };

/** The latest changes across the timeline, newest first (the Atom feed). */
export async function listRecentPolicyRevisions({ limit = 50 }: { limit?: number } = {}): Promise<RecentPolicyRevision[]> {
  const db = await getDb();
  const rows = await db
    .select({
      eventId: policyEventRevisions.eventId,
      number: policyEventRevisions.number,
      change: policyEventRevisions.change,
      snapshot: policyEventRevisions.snapshot,
      reason: policyEventRevisions.reason,
      createdAt: policyEventRevisions.createdAt,
    })
    .from(policyEventRevisions)
    .orderBy(desc(policyEventRevisions.createdAt), desc(policyEventRevisions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

// ---------- readers' votes ----------

export type VoteLimit = { bucket: string; subjects: string[]; limit: number; windowMs: number };

export type VoteOutcome =
  | { kind: "not_found" }
  | { kind: "closed" }
  | { kind: "stale"; revision: number }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "voted"; counted: boolean; confirmations: number; disputes: number; disputed: boolean };

/**
 * One vote per reader per revision: the account and the address each count once (two unique
 * indexes), so several accounts on one address are one reader. Rate-limited per address and
 * account before anything else. The fact row is locked, so the dispute latch (`decide`, the
 * rule in lib/policy/rules.ts) moves in step with the votes it counts.
 */
export async function castPolicyVote(input: {
  eventId: string;
  seenRevision: number;
  choice: PolicyVoteChoice;
  note: string;
  sourceUrl: string | null;
  readerKey: string;
  addressHash: string;
  limit: VoteLimit;
  decide: (wasDisputed: boolean, tally: { confirmations: number; disputes: number }) => boolean;
}): Promise<VoteOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const executor = tx as unknown as Executor;
    const { limit } = input;
    for (const subject of limit.subjects) await lockSubject(executor, limit.bucket, subject);
    for (const subject of limit.subjects) {
      const verdict = await limitVerdict(executor, { bucket: limit.bucket, subject, limit: limit.limit, windowMs: limit.windowMs });
      if (!verdict.ok) return { kind: "rate_limited" as const, retryAfterSeconds: verdict.retryAfterSeconds };
    }
    const [event] = await tx
      .select({ status: policyEvents.status, revision: policyEvents.revision, disputed: policyEvents.disputed })
      .from(policyEvents)
      .where(eq(policyEvents.id, input.eventId))
      .for("update");
    if (!event) return { kind: "not_found" as const };
    if (event.status === "superseded") return { kind: "closed" as const };
    // a vote is about the text the reader saw: after a re-check it would count against new text
    if (event.revision !== input.seenRevision) return { kind: "stale" as const, revision: event.revision };
    await tx.insert(rateLimitEvents).values(limit.subjects.map((subject) => ({ bucket: limit.bucket, subject })));
    const inserted = await tx
      .insert(policyVotes)
      .values({
        eventId: input.eventId,
        revision: event.revision,
        choice: input.choice,
        note: input.note,
        sourceUrl: input.sourceUrl,
        readerKey: input.readerKey,
        addressHash: input.addressHash,
      })
      .onConflictDoNothing()
      .returning({ id: policyVotes.id });
    const [tally] = await tx
      .select({
        confirmations: sql<number>`count(*) filter (where ${policyVotes.choice} = 'confirm')`.mapWith(Number),
        disputes: sql<number>`count(*) filter (where ${policyVotes.choice} = 'dispute')`.mapWith(Number),
      })
      .from(policyVotes)
      .where(and(eq(policyVotes.eventId, input.eventId), eq(policyVotes.revision, event.revision)));
    const disputed = input.decide(event.disputed, tally);
    if (disputed !== event.disputed) await tx.update(policyEvents).set({ disputed }).where(eq(policyEvents.id, input.eventId));
    return { kind: "voted" as const, counted: inserted.length > 0, ...tally, disputed };
  });
}

export type DisputeNote = { note: string; sourceUrl: string | null; createdAt: string };
export type PolicyQueueItem = PolicyEventRow & { notes: DisputeNote[] };

/**
 * The editors' queue: facts in force or proposed that readers dispute or whose check-after
 * date has come, the longest-waiting first, with the notes and links of the current round.
 */
export async function listPolicyQueue({ today, notesPerFact = 10 }: { today: string; notesPerFact?: number }): Promise<PolicyQueueItem[]> {
  const due = and(ne(policyEvents.status, "superseded"), or(eq(policyEvents.disputed, true), and(isNotNull(policyEvents.checkAfter), lte(policyEvents.checkAfter, today))));
  const events = (await selectEvents(due)).sort((a, b) => a.lastChecked.localeCompare(b.lastChecked));
  if (events.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      eventId: policyVotes.eventId,
      revision: policyVotes.revision,
      note: policyVotes.note,
      sourceUrl: policyVotes.sourceUrl,
      createdAt: policyVotes.createdAt,
    })
    .from(policyVotes)
    .where(and(inArray(policyVotes.eventId, events.map((e) => e.id)), eq(policyVotes.choice, "dispute")))
    .orderBy(desc(policyVotes.createdAt));
  return events.map((event) => ({
    ...event,
    notes: rows
      .filter((r) => r.eventId === event.id && r.revision === event.revision)
      .slice(0, notesPerFact)
      .map((r) => ({ note: r.note, sourceUrl: r.sourceUrl, createdAt: r.createdAt.toISOString() })),
  }));
}

// ---------- moderators' changes: each one a new, immutable revision ----------

export type PolicySaveOutcome = { kind: "saved"; revision: number } | { kind: "not_found" } | { kind: "moved"; revision: number } | { kind: "taken" };

/**
 * A re-check or a retirement: the fact takes the new snapshot, its revision number goes up
 * (which opens a new round of votes and clears the dispute latch), and the change is kept
 * in its history and in the moderation log, all in one transaction. `baseRevision` is the
 * revision the moderator edited: another moderator's change in between answers "moved".
 */
export async function savePolicyRevision(input: {
  id: string;
  baseRevision: number;
  change: Exclude<PolicyChange, "seed" | "create">;
  snapshot: PolicySnapshot;
  reason: string;
  actorId: string;
}): Promise<PolicySaveOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ revision: policyEvents.revision }).from(policyEvents).where(eq(policyEvents.id, input.id)).for("update");
    if (!event) return { kind: "not_found" as const };
    if (event.revision !== input.baseRevision) return { kind: "moved" as const, revision: event.revision };
    const revision = event.revision + 1;
    const now = new Date();
    await tx
      .update(policyEvents)
      .set({ ...columnsOf(input.snapshot), revision, disputed: false, updatedAt: now })
      .where(eq(policyEvents.id, input.id));
    await tx.insert(policyEventRevisions).values({
      eventId: input.id,
      number: revision,
      change: input.change,
      snapshot: input.snapshot,
      reason: input.reason,
      actorId: input.actorId,
      createdAt: now,
    });
    await logModeration(tx, {
      actorId: input.actorId,
      action: input.change === "supersede" ? "supersede_fact" : "recheck_fact",
      targetType: "fact",
      targetId: input.id,
      reason: input.reason,
    });
    return { kind: "saved" as const, revision };
  });
}

/** A new fact on the timeline (revision 1); "taken" when the id is in use. */
export async function createPolicyEvent(input: { id: string; snapshot: PolicySnapshot; reason: string; actorId: string }): Promise<PolicySaveOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${policyEvents.position}), -1) + 1`.mapWith(Number) }).from(policyEvents);
    const inserted = await tx
      .insert(policyEvents)
      .values({ id: input.id, ...columnsOf(input.snapshot), revision: 1, position: next })
      .onConflictDoNothing()
      .returning({ id: policyEvents.id });
    if (inserted.length === 0) return { kind: "taken" as const };
    await tx.insert(policyEventRevisions).values({
      eventId: input.id,
      number: 1,
      change: "create",
      snapshot: input.snapshot,
      reason: input.reason,
      actorId: input.actorId,
    });
    await logModeration(tx, { actorId: input.actorId, action: "create_fact", targetType: "fact", targetId: input.id, reason: input.reason });
    return { kind: "saved" as const, revision: 1 };
  });
}

/**
 * Marks the facts whose check-after date has come (once per date): the update fires the
 * cache trigger, so every page citing one is rendered again, on every app instance, with its
 * "may be outdated" badge. Returns the ids it marked.
 */
export async function announceDueChecks({ today }: { today: string }): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .update(policyEvents)
    .set({ dueAnnounced: sql`${policyEvents.checkAfter}` })
    .where(
      and(
        ne(policyEvents.status, "superseded" satisfies PolicyStatus),
        isNotNull(policyEvents.checkAfter),
        lte(policyEvents.checkAfter, today),
        sql`${policyEvents.dueAnnounced} IS DISTINCT FROM ${policyEvents.checkAfter}`,
      ),
    )
    .returning({ id: policyEvents.id });
  return rows.map((r) => r.id);
}
