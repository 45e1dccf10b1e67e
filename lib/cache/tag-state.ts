/**
 * What this process knows about invalidated cache tags, shared by both cache handlers (the
 * page cache and the `'use cache'` cache) and kept in step with every other instance through
 * the cache_invalidations log in the database (db/queries/cache-invalidations.ts).
 *
 * Every write appends its tags to the log and notifies (NOTIFY sim_exit_cache, delivered on
 * commit). A notification marks this state dirty; the next request that reads a cache first
 * pulls the new rows (one query, shared by the requests waiting at that moment). Without a
 * notification a request reads nothing from the database. When the listening connection is
 * lost, every request pulls until it is back; a pull every SAFETY_PULL_MS bounds how long a
 * lost notification could keep a page stale.
 *
 * Free of Next and database imports: the handlers are bundled on their own
 * (scripts/build-server.mjs) and reach the database through the source the app registers at
 * start-up (instrumentation-node.ts).
 */

import { logInfo, logWarn, safeError } from "../log";

export type InvalidationSource = {
  read(horizon: string | null, limit: number): Promise<{ horizon: string; rows: Array<{ seq: number; tag: string }>; truncated: boolean }>;
  record(tags: string[]): Promise<void>;
  subscribe(handlers: { notify: () => void; ready: () => void; lost: () => void }): Promise<void>;
};

/**
 * A page that started rendering just before an invalidation arrived may be stored just after
 * it, holding the old data; entries stored within this grace after an invalidation are treated
 * as expired too (it costs at most a few extra renders right after a write).
 */
const INVALIDATION_GRACE_MS = 1000;
/** Rows read per pull; a larger backlog (a bulk write) expires everything instead. */
const PULL_LIMIT = 5000;
/** Memory for each of the two stores (pages, and `'use cache'` entries), least recently used first out. */
export const CACHE_BYTES = 128 * 1024 * 1024;
/** The log keeps a day (pruned by the app); after this long without a pull, start afresh. */
const MAX_SILENCE_MS = 6 * 60 * 60 * 1000;
/** The longest a lost notification could leave a page stale. */
const SAFETY_PULL_MS = 5000;

type Pull = { done: Promise<void> };

export class TagState {
  private expiredAt = new Map<string, number>();
  private wipedAt = 0;
  private horizon: string | null = null;
  private applied = new Set<number>();
  private lastPullAt = 0;
  private running: Pull | null = null;
  private queued: Promise<void> | null = null;
  private failing = false;
  private unrecorded = new Set<string>();
  private subscription: "none" | "pending" | "listening" | "lost" = "none";
  private dirty = true;

  constructor(
    private readonly source: () => InvalidationSource | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the entry was stored before (or within the grace after) one of its tags was invalidated. */
  isExpired(tags: readonly string[], storedAt: number): boolean {
    if (storedAt <= this.wipedAt) return true;
    for (const tag of tags) {
      const at = this.expiredAt.get(tag);
      if (at !== undefined && storedAt <= at) return true;
    }
    return false;
  }

  /** The latest invalidation time among these tags (0 when none): Next's getExpiration(). */
  expiration(tags: readonly string[]): number {
    let latest = this.wipedAt;
    for (const tag of tags) latest = Math.max(latest, this.expiredAt.get(tag) ?? 0);
    return latest;
  }

  /** An invalidation made in this process: effective here at once, and told to the others. */
  invalidate(tags: readonly string[]) {
    this.expire(tags);
    // both handlers hear the same revalidateTag(): one write for both
    if (this.unrecorded.size === 0) queueMicrotask(() => this.record());
    for (const tag of tags) this.unrecorded.add(tag);
  }

  /** Waits until every invalidation this process has been told of is applied here. */
  refresh(): Promise<void> {
    const source = this.source();
    if (!source) return Promise.resolve(); // `next build`, or before start-up registered the database
    if (this.subscription === "none") this.subscribe(source);
    if (this.subscription === "listening" && !this.dirty) return Promise.resolve();
    if (!this.running) return this.start();
    // the pull in flight began before this call: wait for the next one
    this.queued ??= this.running.done.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  private subscribe(source: InvalidationSource) {
    this.subscription = "pending";
    source
      .subscribe({
        notify: () => {
          this.dirty = true;
        },
        ready: () => {
          this.subscription = "listening";
          this.dirty = true; // whatever happened while not listening is read on the next request
        },
        lost: () => {
          this.subscription = "lost";
        },
      })
      .catch((error) => {
        this.subscription = "lost";
        this.warn("cannot listen for invalidations; every request reads the log instead", error);
      });
    const safety = setInterval(() => (this.dirty = true), SAFETY_PULL_MS);
    safety.unref?.();
  }

  private start(): Promise<void> {
    const pull: Pull = { done: Promise.resolve() };
    this.dirty = false; // a notification arriving from now on asks for another pull
    pull.done = this.pull().finally(() => {
      if (this.running === pull) this.running = null;
    });
    this.running = pull;
    return pull.done;
  }

  private record() {
    const tags = [...this.unrecorded];
    this.unrecorded.clear();
    this.source()
      ?.record(tags)
      .catch((error) => this.warn("could not record an invalidation for the other instances", error));
  }

  private expire(tags: Iterable<string>) {
    const until = this.now() + INVALIDATION_GRACE_MS;
    for (const tag of tags) this.expiredAt.set(tag, until);
  }

  private async pull() {
    const source = this.source();
    if (!source) return;
    try {
      if (this.horizon !== null && this.now() - this.lastPullAt > MAX_SILENCE_MS) {
        this.wipeAll();
        this.horizon = null;
      }
      const batch = await source.read(this.horizon, PULL_LIMIT);
      if (this.horizon !== null) {
        if (batch.truncated) this.wipeAll();
        else this.expire(batch.rows.filter((row) => !this.applied.has(row.seq)).map((row) => row.tag));
      }
      // rows at or past the new horizon come again next time: remember which were applied
      this.applied = new Set(batch.rows.map((row) => row.seq));
      this.horizon = batch.horizon;
      this.lastPullAt = this.now();
      this.forgetOldTags();
      if (this.failing) logInfo("cache: invalidation log reachable again");
      this.failing = false;
    } catch (error) {
      // the database is unreachable: nothing can be written either, so serving what is
      // cached is not stale; the next request tries again
      this.dirty = true;
      if (!this.failing) this.warn("could not read the invalidation log; serving cached pages", error);
      this.failing = true;
    }
  }

  private wipeAll() {
    this.wipedAt = this.now() + INVALIDATION_GRACE_MS;
    this.expiredAt.clear();
  }

  /** Tags invalidated longer ago than any entry can live matter no more. */
  private forgetOldTags() {
    if (this.expiredAt.size < 10_000) return;
    const cutoff = this.now() - 8 * 24 * 60 * 60 * 1000;
    for (const [tag, at] of this.expiredAt) if (at < cutoff) this.expiredAt.delete(tag);
  }

  private warn(message: string, error: unknown) {
    logWarn(`cache: ${message}`, { error: safeError(error).message });
  }
}

type Shared = { state?: TagState; source?: InvalidationSource };
// one state per process, however many bundles load this module
const shared = ((globalThis as { __simExitCacheTags?: Shared }).__simExitCacheTags ??= {});

export function sharedTagState(): TagState {
  shared.state ??= new TagState(() => shared.source);
  return shared.state;
}

export function registerInvalidationSource(source: InvalidationSource) {
  shared.source = source;
}
