import {
  CHANNELS,
  DOCUMENTS,
  LOCATIONS,
  ONLINE_CHANNELS,
  type Channel,
  type DocumentKind,
  type Location,
  type Outcome,
} from "@/lib/domain";
import { successRate, type Rate } from "./wilson";

/** One rollup row: published reports counted per channel × outcome × location × month. */
export type CountRow = {
  channel: Channel;
  outcome: Outcome;
  location: Location;
  attemptedMonth: string;
  n: number;
};
export type DaysRow = { days: number; n: number };
export type DocumentRow = { document: DocumentKind; n: number };

export type OperatorStats = {
  operator: string;
  reports: { published: number; pending: number };
  online: Rate;
  offline: Rate;
  byChannel: Array<{ channel: Channel } & Rate>;
  byLocation: Array<{ location: Location } & Rate>;
  byQuarter: Array<{ quarter: string } & Rate>;
  medianDaysToComplete: number | null;
  documents: Array<{ document: DocumentKind; share: number | null }>;
  updatedAt: string | null;
};

const onlineChannels = new Set<Channel>(ONLINE_CHANNELS);
export const isOnlineChannel = (channel: Channel) => onlineChannels.has(channel);

export function quarterOf(attemptedMonth: string) {
  const month = Number(attemptedMonth.slice(5, 7));
  return `${attemptedMonth.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Success and attempt tallies; pending outcomes are not attempts with a result yet. */
function tally(rows: CountRow[]) {
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

export function summarizeOperator(input: {
  operator: string;
  counts: CountRow[];
  days: DaysRow[];
  documents: DocumentRow[];
  pendingReports: number;
  updatedAt: Date | null;
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
    medianDaysToComplete: medianFromHistogram(input.days),
    documents: DOCUMENTS.map((document) => ({
      document,
      share: published > 0 ? (documentCounts.get(document) ?? 0) / published : null,
    })),
    updatedAt: input.updatedAt ? input.updatedAt.toISOString() : null,
  };
}
