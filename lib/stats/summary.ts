import {
  CHANNELS,
  DOCUMENTS,
  LOCATIONS,
  ONLINE_CHANNELS,
  REGISTERED_TO,
  type Channel,
  type DocumentKind,
  type Location,
  type Outcome,
  type RegisteredTo,
} from "@/lib/domain";
import type { RollupCountRow, RollupDaysRow, RollupDocumentRow, RollupFollowUpRow, RollupRegisteredRow } from "@/db/queries/stats";
import { windowOpenedBy } from "@/lib/follow-ups/window";
import { successRate, type Rate } from "./wilson";

// one operator's rollup rows (db/queries/stats.ts), as the summary reads them
export type CountRow = Omit<RollupCountRow, "operatorId">;
export type DaysRow = Omit<RollupDaysRow, "operatorId">;
export type DocumentRow = Omit<RollupDocumentRow, "operatorId">;
export type RegisteredRow = Omit<RollupRegisteredRow, "operatorId">;
export type FollowUpRow = Omit<RollupFollowUpRow, "operatorId">;

/**
 * Did "closed" hold? Over published reports that claimed success:
 * - followedUp: of those whose author can follow up and whose window (day 30 after the attempt)
 *   had opened on `asOf`, how many have a published follow-up;
 * - confirmedClosed: of those with a verdict, how many the author confirmed closed (a verdict is
 *   "confirmed closed", or "still active" / "charges continued", which refute it and win);
 * - refunded: of the followed-up ones where a refund was due (a balance was reported, refunded
 *   or not, or a refund was reported later), how many got their balance back.
 */
export type FollowUpStats = { asOf: string; followedUp: Rate; confirmedClosed: Rate; refunded: Rate };

export type OperatorStats = {
  operator: string;
  reports: { published: number; pending: number };
  online: Rate;
  offline: Rate;
  byChannel: Array<{ channel: Channel } & Rate>;
  byLocation: Array<{ location: Location } & Rate>;
  byQuarter: Array<{ quarter: string } & Rate>;
  byRegisteredTo: Array<{ registeredTo: RegisteredTo } & Rate>;
  medianDaysToComplete: number | null;
  documents: Array<{ document: DocumentKind; share: number | null }>;
  followUp: FollowUpStats;
  updatedAt: string | null;
};

const onlineChannels = new Set<Channel>(ONLINE_CHANNELS);
const isOnlineChannel = (channel: Channel) => onlineChannels.has(channel);

export function quarterOf(attemptedMonth: string) {
  const month = Number(attemptedMonth.slice(5, 7));
  return `${attemptedMonth.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Success and attempt tallies; pending outcomes are not attempts with a result yet. */
function tally(rows: Array<{ outcome: Outcome; n: number }>) {
  let attempts = 0;
  let successes = 0;
  for (const row of rows) {
    if (row.outcome === "pending") continue;
    attempts += row.n;
    if (row.outcome === "success") successes += row.n;
  }
  return successRate(successes, attempts);
}

/** Median of a histogram {days → count}; the mean of the two middle values for an even total. */
export function medianFromHistogram(rows: DaysRow[]): number | null {
  const sorted = rows.filter((r) => r.n > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((sum, r) => sum + r.n, 0);
  if (total === 0) return null;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const row of sorted) {
      seen += row.n;
      if (index < seen) return row.days;
    }
    return sorted[sorted.length - 1].days;
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

const sum = (rows: Array<{ n: number }>) => rows.reduce((total, row) => total + row.n, 0);

export function summarizeFollowUps(rows: FollowUpRow[], asOf: string): FollowUpStats {
  const eligible = rows.filter((r) => r.followable && windowOpenedBy(r.attemptedMonth, asOf));
  const withVerdict = rows.filter((r) => r.closure !== "none");
  const refundDue = rows.filter((r) => r.followedUp && r.refund !== "not_due");
  return {
    asOf,
    followedUp: successRate(sum(eligible.filter((r) => r.followedUp)), sum(eligible)),
    confirmedClosed: successRate(sum(withVerdict.filter((r) => r.closure === "confirmed")), sum(withVerdict)),
    refunded: successRate(sum(refundDue.filter((r) => r.refund === "refunded")), sum(refundDue)),
  };
}

export function summarizeOperator(input: {
  operator: string;
  counts: CountRow[];
  days: DaysRow[];
  documents: DocumentRow[];
  registered: RegisteredRow[];
  followUps: FollowUpRow[];
  pendingReports: number;
  updatedAt: Date | null;
  /** today (UTC, YYYY-MM-DD): which follow-up windows have opened */
  asOf: string;
}): OperatorStats {
  const { counts } = input;
  const online = counts.filter((r) => isOnlineChannel(r.channel));
  const published = counts.reduce((sum, r) => sum + r.n, 0);
  const quarters = [...new Set(online.map((r) => quarterOf(r.attemptedMonth)))].sort();
  const documentCounts = new Map(input.documents.map((d) => [d.document, d.n]));
  return {
    operator: input.operator,
    reports: { published, pending: input.pendingReports },
    online: tally(online),
    offline: tally(counts.filter((r) => !isOnlineChannel(r.channel))),
    byChannel: CHANNELS.map((channel) => ({ channel, ...tally(counts.filter((r) => r.channel === channel)) })),
    byLocation: LOCATIONS.map((location) => ({
      location,
      ...tally(online.filter((r) => r.location === location)),
    })),
    byQuarter: quarters.map((quarter) => ({
      quarter,
      ...tally(online.filter((r) => quarterOf(r.attemptedMonth) === quarter)),
    })),
    byRegisteredTo: REGISTERED_TO.map((registeredTo) => ({
      registeredTo,
      ...tally(input.registered.filter((r) => r.registeredTo === registeredTo)),
    })),
    medianDaysToComplete: medianFromHistogram(input.days),
    documents: DOCUMENTS.map((document) => ({
      document,
      share: published > 0 ? (documentCounts.get(document) ?? 0) / published : null,
    })),
    followUp: summarizeFollowUps(input.followUps, input.asOf),
    updatedAt: input.updatedAt ? input.updatedAt.toISOString() : null,
  };
}
