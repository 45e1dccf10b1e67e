import "server-only";
import { cachedAs, cachedForAtMost } from "@/db/cache";
import { cacheTags } from "@/db/cache-tags";
import {
  getPolicyEvent,
  getPolicyEventsByIds,
  listPolicyEvents,
  listPolicyRevisions,
  listRecentPolicyRevisions,
  type PolicyEventRow,
  type PolicyRevisionItem,
  type RecentPolicyRevision,
} from "@/db/queries/policy";
import { outdatedReasons, secondsUntilNextCheck, utcDate, type OutdatedReason } from "./rules";

/** A fact as readers see it: stored state plus "may be outdated", decided at render time. */
export type FactView = PolicyEventRow & { outdated: boolean; outdatedBecause: OutdatedReason[] };

/**
 * How a date rule meets cached pages: each read below computes "outdated" with the date it
 * runs on, and limits its own cache life (and so the life of every page that shows it) to the
 * moment the next check-after date among its facts arrives. The due-check sweep
 * (lib/policy/due-sweep.ts) backs this up through the database: it invalidates a fact's tag
 * once its date has come, on every app instance, in case a page kept an older read alive.
 */
function present(rows: PolicyEventRow[], now: Date): FactView[] {
  const today = utcDate(now);
  cachedForAtMost(secondsUntilNextCheck(rows, now));
  return rows.map((row) => {
    const reasons = outdatedReasons(row, today);
    return { ...row, outdated: reasons.length > 0, outdatedBecause: reasons };
  });
}

/** The facts one page cites, in one query, by id (unknown ids are absent). */
export async function loadFacts(ids: string[]): Promise<Record<string, FactView>> {
  "use cache";
  const wanted = [...new Set(ids)].sort();
  // a fact created later under a cited id fires its own tag, so unknown ids heal too
  cachedAs(...wanted.map(cacheTags.fact));
  if (wanted.length === 0) return {};
  const facts = present(await getPolicyEventsByIds({ ids: wanted }), new Date());
  return Object.fromEntries(facts.map((fact) => [fact.id, fact]));
}

/** The whole timeline in date order, and when it last changed (its newest revision). */
export async function loadPolicyTimeline(): Promise<{ events: FactView[]; updatedAt: string | null }> {
  "use cache";
  cachedAs(cacheTags.policy);
  const [rows, [latest]] = await Promise.all([listPolicyEvents(), listRecentPolicyRevisions({ limit: 1 })]);
  return { events: present(rows, new Date()), updatedAt: latest?.createdAt ?? null };
}

/** One fact and its whole history (names of moderators included). */
export async function loadFactHistory(id: string): Promise<{ fact: FactView; revisions: PolicyRevisionItem[] } | null> {
  "use cache";
  cachedAs(cacheTags.fact(id), cacheTags.users);
  const [row, revisions] = await Promise.all([getPolicyEvent({ id }), listPolicyRevisions({ id })]);
  if (!row) return null;
  return { fact: present([row], new Date())[0], revisions };
}

/** The latest changes across the timeline (the Atom feed). */
export async function loadRecentPolicyChanges(limit = 50): Promise<RecentPolicyRevision[]> {
  "use cache";
  cachedAs(cacheTags.policy);
  return listRecentPolicyRevisions({ limit });
}
