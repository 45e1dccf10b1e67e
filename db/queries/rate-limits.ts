import "server-only";
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { getDb, type Database } from "../index";
import { rateLimitEvents } from "../schema";

export type Executor = Pick<Database, "select" | "insert" | "execute">;

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts events of `subject` in the sliding window (inside the caller's transaction, if any). */
export async function limitVerdict(
  tx: Executor,
  { bucket, subject, limit, windowMs }: { bucket: string; subject: string; limit: number; windowMs: number },
): Promise<LimitVerdict> {
  const since = new Date(Date.now() - windowMs);
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number), oldest: sql<Date | null>`min(${rateLimitEvents.createdAt})` })
    .from(rateLimitEvents)
    .where(and(eq(rateLimitEvents.bucket, bucket), eq(rateLimitEvents.subject, subject), gt(rateLimitEvents.createdAt, since)));
  if (row.n < limit) return { ok: true };
  const oldest = row.oldest ? new Date(row.oldest).getTime() : Date.now();
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000)) };
}

// Waiters for one subject inside this process: they queue here, not on the advisory lock,
// so a burst from one address cannot hold every pooled connection while it waits.
const localQueues = new Map<string, Promise<void>>();

/**
 * Runs `work` after every earlier call for the same keys in this process has finished (keys
 * are taken in sorted order, as the advisory locks are). The advisory lock inside `work`
 * still orders instances sharing the database; within one instance it is then uncontended.
 */
export async function queueLocally<T>(keys: string[], work: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  const releases: Array<() => void> = [];
  try {
    for (const key of sorted) {
      const previous = localQueues.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = previous.then(() => mine);
      localQueues.set(key, tail);
      releases.push(() => {
        release();
        if (localQueues.get(key) === tail) localQueues.delete(key);
      });
      await previous;
    }
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

/** Serializes work per bucket+subject until the surrounding transaction ends. */
export async function lockSubject(tx: Executor, bucket: string, subject: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${bucket}:${subject}`}))`);
}

/**
 * Counts one event if under the limit, atomically: an advisory lock per bucket+subject
 * makes concurrent requests from one source queue up, so a flood cannot overshoot.
 */
export async function consumeRateLimit(options: { bucket: string; subject: string; limit: number; windowMs: number }): Promise<LimitVerdict> {
  const db = await getDb();
  return queueLocally([`${options.bucket}:${options.subject}`], () => db.transaction(async (tx) => {
    await lockSubject(tx as unknown as Executor, options.bucket, options.subject);
    const result = await limitVerdict(tx as unknown as Executor, options);
    if (result.ok) await tx.insert(rateLimitEvents).values({ bucket: options.bucket, subject: options.subject });
    return result;
  }));
}

export type Limit = { bucket: string; subject: string; limit: number; windowMs: number };

/**
 * Counts one event under each limit if every one of them still allows it, atomically (the
 * subjects are locked in a fixed order); returns the events' ids so a caller can take them
 * back (a sign-in attempt that turned out right).
 */
export async function consumeRateLimits(limits: Limit[]): Promise<(LimitVerdict & { ok: true; eventIds: number[] }) | (LimitVerdict & { ok: false })> {
  const db = await getDb();
  return queueLocally(limits.map((l) => `${l.bucket}:${l.subject}`), () => db.transaction(async (tx) => {
    const executor = tx as unknown as Executor;
    const ordered = [...limits].sort((a, b) => `${a.bucket}:${a.subject}`.localeCompare(`${b.bucket}:${b.subject}`));
    for (const limit of ordered) await lockSubject(executor, limit.bucket, limit.subject);
    for (const limit of ordered) {
      const verdict = await limitVerdict(executor, limit);
      if (!verdict.ok) return verdict;
    }
    const rows = await tx
      .insert(rateLimitEvents)
      .values(ordered.map(({ bucket, subject }) => ({ bucket, subject })))
      .returning({ id: rateLimitEvents.id });
    return { ok: true as const, eventIds: rows.map((r) => r.id) };
  }));
}

export async function deleteRateLimitEvents({ ids }: { ids: number[] }) {
  if (ids.length === 0) return;
  const db = await getDb();
  await db.delete(rateLimitEvents).where(inArray(rateLimitEvents.id, ids));
}

/** Old events are useless after the longest window; pruned now and then. */
export async function pruneRateLimitEvents({ olderThanMs = 2 * 24 * 3600 * 1000 }: { olderThanMs?: number } = {}) {
  const db = await getDb();
  await db.delete(rateLimitEvents).where(lt(rateLimitEvents.createdAt, new Date(Date.now() - olderThanMs)));
}
