import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "../index";
import { cacheInvalidations } from "../schema";

export type InvalidationBatch = {
  /** every transaction older than this has committed or aborted: its rows are all visible */
  horizon: string;
  rows: Array<{ seq: number; tag: string }>;
};

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns the rows as an array; PGlite wraps them in { rows }
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Invalidations written by transactions from `horizon` on (all of them when null), and the
 * new horizon. A reader keeps the seqs it has applied and asks again from the horizon, so a
 * transaction that commits after a later one is never missed.
 */
export async function readInvalidations({ horizon, limit }: { horizon: string | null; limit: number }): Promise<InvalidationBatch & { truncated: boolean }> {
  const db = await getDb();
  const [head] = rowsOf<{ horizon: string }>(await db.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as horizon`));
  if (horizon === null) return { horizon: head.horizon, rows: [], truncated: false };
  const rows = rowsOf<{ seq: string | number; tag: string }>(
    await db.execute(sql`
      select ${cacheInvalidations.seq} as seq, ${cacheInvalidations.tag} as tag
      from ${cacheInvalidations}
      where ${cacheInvalidations.xid} >= ${horizon}::xid8
      order by ${cacheInvalidations.seq}
      limit ${limit + 1}`),
  );
  return {
    horizon: head.horizon,
    rows: rows.slice(0, limit).map((r) => ({ seq: Number(r.seq), tag: r.tag })),
    truncated: rows.length > limit,
  };
}

/** Invalidations the app itself asks for (revalidatePath, explicit tags), for the other instances. */
export async function recordInvalidations({ tags }: { tags: string[] }) {
  if (tags.length === 0) return;
  const db = await getDb();
  // one parameter per tag inside ARRAY[…]: a bare JS array would expand to a row "($1, $2)"
  await db.execute(sql`select invalidate_cache(ARRAY[${sql.join(
    tags.map((tag) => sql`${tag}`),
    sql`, `,
  )}]::text[])`);
}

/** The log only needs to reach back as far as a reader can lag; older rows go. */
export async function pruneInvalidations({ olderThanMs }: { olderThanMs: number }) {
  const db = await getDb();
  await db.delete(cacheInvalidations).where(lt(cacheInvalidations.createdAt, new Date(Date.now() - olderThanMs)));
}
