import type { PolicyStatus } from "@/lib/domain";

/**
 * When a dated fact "may be outdated". Pure logic, shared by the vote transaction, the
 * cached reads and the editors' queue, and unit-tested (tests/unit/policy-rules.test.ts).
 *
 * Two independent triggers, like Wikipedia's templates:
 * - readers' votes ({{Citation needed}} raised by readers, with Community Notes' margin);
 * - the fact's own "check after" date ({{Update after}}).
 * A superseded fact is history (Wikidata's deprecated rank): it is never "outdated".
 */

/**
 * The dispute rule, counted over the current round only (votes cast on the current
 * revision; a moderator's re-check opens a new round):
 * - a fact becomes disputed when at least `minDisputes` readers dispute it AND disputes
 *   outnumber confirmations by at least `raiseAtNet`;
 * - once disputed it stays so until confirmations bring the net (disputes − confirmations)
 *   down to `clearAtNet` or below, or a moderator re-checks it.
 * The gap between raiseAtNet and clearAtNet is the hysteresis: one more vote either way near
 * the threshold cannot flip the badge back and forth.
 */
export const DISPUTE_RULE = { minDisputes: 3, raiseAtNet: 2, clearAtNet: 0 } as const;

export type DisputeRule = { minDisputes: number; raiseAtNet: number; clearAtNet: number };
export type Tally = { confirmations: number; disputes: number };

/** The dispute latch after a vote: the previous state matters (hysteresis). */
export function nextDisputed(wasDisputed: boolean, { confirmations, disputes }: Tally, rule: DisputeRule = DISPUTE_RULE): boolean {
  const net = disputes - confirmations;
  if (wasDisputed) return net > rule.clearAtNet;
  return disputes >= rule.minDisputes && net >= rule.raiseAtNet;
}

/** Today's date in UTC as YYYY-MM-DD: every date of the timeline is a UTC calendar date. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** {{Update after}}: a fact is due for a check from its check-after date on (that day included). */
export function isPastCheckAfter(checkAfter: string | null | undefined, today: string): boolean {
  return Boolean(checkAfter) && today >= checkAfter!;
}

export type OutdatedReason = "disputes" | "check_after";

export type FactState = { status: PolicyStatus; disputed: boolean; checkAfter: string | null };

/** Why readers see "may be outdated" (empty: they do not). */
export function outdatedReasons(fact: FactState, today: string): OutdatedReason[] {
  if (fact.status === "superseded") return [];
  const reasons: OutdatedReason[] = [];
  if (fact.disputed) reasons.push("disputes");
  if (isPastCheckAfter(fact.checkAfter, today)) reasons.push("check_after");
  return reasons;
}

/**
 * Cached pages cannot compute a date rule per view, so a cached read that shows facts lives
 * at most until the next check-after date among them arrives. Seconds from `now` to the
 * earliest check-after still ahead (UTC midnight), never under five minutes (Next treats a
 * shorter life as dynamic); null when none is ahead.
 */
export const MIN_CACHE_SECONDS = 300;

export function secondsUntilNextCheck(facts: ReadonlyArray<FactState>, now: Date): number | null {
  const today = utcDate(now);
  let next: number | null = null;
  for (const fact of facts) {
    if (fact.status === "superseded" || !fact.checkAfter || fact.checkAfter <= today) continue;
    const at = Date.parse(`${fact.checkAfter}T00:00:00Z`);
    if (next === null || at < next) next = at;
  }
  if (next === null) return null;
  return Math.max(MIN_CACHE_SECONDS, Math.ceil((next - now.getTime()) / 1000));
}
