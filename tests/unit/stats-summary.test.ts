import { describe, expect, it } from "vitest";
import { everyQuarter, quarterIndex, segmentsWithData } from "@/lib/stats/quarters";
import { medianFromHistogram, quarterOf, summarizeFollowUps, summarizeOperator, type CountRow, type FollowUpRow } from "@/lib/stats/summary";
import { rankByLowerBound } from "@/lib/stats/ranking";
import { successRate } from "@/lib/stats/wilson";

const row = (partial: Partial<CountRow> & Pick<CountRow, "channel" | "outcome">): CountRow => ({
  location: "abroad",
  attemptedMonth: "2025-07",
  n: 1,
  ...partial,
});

describe("operator statistics", () => {
  it("maps months to quarters", () => {
    expect(quarterOf("2025-01")).toBe("2025-Q1");
    expect(quarterOf("2025-03")).toBe("2025-Q1");
    expect(quarterOf("2025-04")).toBe("2025-Q2");
    expect(quarterOf("2025-12")).toBe("2025-Q4");
  });

  it("takes the median of a histogram, averaging the middle pair", () => {
    expect(medianFromHistogram([])).toBeNull();
    expect(medianFromHistogram([{ days: 7, n: 1 }])).toBe(7);
    expect(medianFromHistogram([{ days: 1, n: 1 }, { days: 3, n: 1 }])).toBe(2);
    expect(medianFromHistogram([{ days: 30, n: 2 }, { days: 0, n: 1 }, { days: 5, n: 1 }])).toBe(17.5);
    expect(medianFromHistogram([{ days: 2, n: 5 }, { days: 9, n: 0 }])).toBe(2);
  });

  it("counts online and offline apart, leaves pending outcomes out of rates", () => {
    const stats = summarizeOperator({
      operator: "mts",
      counts: [
        row({ channel: "app", outcome: "success", n: 9 }),
        row({ channel: "website", outcome: "failure", n: 5, location: "in_russia" }),
        row({ channel: "gosuslugi", outcome: "pending", n: 3 }),
        row({ channel: "store", outcome: "success", n: 4, attemptedMonth: "2024-02" }),
      ],
      days: [{ days: 10, n: 3 }],
      documents: [{ document: "passport", n: 7 }],
      registered: [
        { registeredTo: "self", outcome: "success", n: 11 },
        { registeredTo: "self", outcome: "failure", n: 2 },
        { registeredTo: "other", outcome: "failure", n: 3 },
        { registeredTo: "unknown", outcome: "pending", n: 3 },
        { registeredTo: "unknown", outcome: "success", n: 2 },
      ],
      followUps: [],
      pendingReports: 2,
      updatedAt: new Date("2025-08-01T00:00:00Z"),
      asOf: "2025-08-01",
    });
    expect(stats.reports).toEqual({ published: 21, pending: 2 });
    expect(stats.online).toEqual(successRate(9, 14));
    expect(stats.offline).toEqual(successRate(4, 4));
    expect(stats.byChannel).toHaveLength(9);
    expect(stats.byChannel.find((c) => c.channel === "gosuslugi")).toMatchObject({ attempts: 0, rate: null, ci95: null });
    expect(stats.byLocation).toEqual([
      { location: "in_russia", ...successRate(0, 5) },
      { location: "abroad", ...successRate(9, 9) },
    ]);
    // the quarter trend is online only: the 2024 store visit does not appear
    expect(stats.byQuarter).toEqual([{ quarter: "2025-Q3", ...successRate(9, 14) }]);
    expect(stats.medianDaysToComplete).toBe(10);
    expect(stats.documents.find((d) => d.document === "passport")?.share).toBeCloseTo(7 / 21);
    expect(stats.documents.find((d) => d.document === "none")?.share).toBe(0);
    expect(stats.updatedAt).toBe("2025-08-01T00:00:00.000Z");
    // every channel, by whose name the SIM is in; pending outcomes are no attempts
    expect(stats.byRegisteredTo).toEqual([
      { registeredTo: "self", ...successRate(11, 13) },
      { registeredTo: "other", ...successRate(0, 3) },
      { registeredTo: "unknown", ...successRate(2, 2) },
    ]);
    expect(stats.followUp).toEqual({ asOf: "2025-08-01", followedUp: successRate(0, 0), confirmedClosed: successRate(0, 0), refunded: successRate(0, 0) });
  });

  it("has null shares, rates and median when there are no reports", () => {
    const stats = summarizeOperator({
      operator: "yota",
      counts: [],
      days: [],
      documents: [],
      registered: [],
      followUps: [],
      pendingReports: 0,
      updatedAt: null,
      asOf: "2026-01-01",
    });
    expect(stats.online.rate).toBeNull();
    expect(stats.medianDaysToComplete).toBeNull();
    expect(stats.documents.every((d) => d.share === null)).toBe(true);
    expect(stats.byQuarter).toEqual([]);
    expect(stats.byRegisteredTo.map((r) => [r.registeredTo, r.attempts, r.rate])).toEqual([
      ["self", 0, null],
      ["other", 0, null],
      ["unknown", 0, null],
    ]);
    expect(stats.followUp.confirmedClosed).toEqual({ attempts: 0, successes: 0, rate: null, ci95: null });
  });

  it("ranks by the interval's lower bound, not by the raw rate", () => {
    const ranked = rankByLowerBound([
      { slug: "lucky", online: successRate(2, 2) }, // 100%, but only two reports
      { slug: "steady", online: successRate(40, 50) }, // 80% of fifty
      { slug: "none", online: successRate(0, 0) },
    ]);
    expect(ranked.map((r) => r.slug)).toEqual(["steady", "lucky", "none"]);
  });
});

describe("did closed hold: follow-up figures", () => {
  const fu = (partial: Partial<FollowUpRow>): FollowUpRow => ({
    attemptedMonth: "2025-06",
    followable: true,
    followedUp: false,
    closure: "none",
    refund: "not_due",
    n: 1,
    ...partial,
  });

  it("counts confirmations against refutations, with n and the Wilson interval", () => {
    const stats = summarizeFollowUps(
      [
        fu({ followedUp: true, closure: "confirmed", n: 8 }),
        fu({ followedUp: true, closure: "refuted", n: 2 }),
        // followed up with a refund only: no verdict on the closing
        fu({ followedUp: true, refund: "refunded", n: 3 }),
        fu({ n: 20 }),
      ],
      "2026-01-01",
    );
    expect(stats.confirmedClosed).toEqual(successRate(8, 10));
    expect(stats.confirmedClosed.ci95![0]).toBeCloseTo(0.49, 2);
    expect(stats.followedUp).toEqual(successRate(13, 33));
  });

  it("counts in the follow-up rate only reports whose author can come back and whose window has opened", () => {
    // 2025-06's window opens on 2025-07-30 (30 days after 30 June)
    const rows = [
      fu({ followedUp: true, closure: "confirmed" }),
      fu({ n: 4 }),
      fu({ followable: false, n: 50 }),
      fu({ attemptedMonth: "2025-07", n: 7 }),
    ];
    expect(summarizeFollowUps(rows, "2025-07-29").followedUp).toEqual(successRate(0, 0));
    expect(summarizeFollowUps(rows, "2025-07-30").followedUp).toEqual(successRate(1, 5));
    expect(summarizeFollowUps(rows, "2025-08-30").followedUp).toEqual(successRate(1, 12));
  });

  it("counts refunds among followed-up reports where a refund was due", () => {
    const stats = summarizeFollowUps(
      [
        fu({ followedUp: true, refund: "refunded", n: 3 }),
        fu({ followedUp: true, refund: "due", n: 1 }),
        fu({ followedUp: true, refund: "not_due", n: 9 }),
        // a refund reported on the day, but the author never came back: not in this figure
        fu({ refund: "refunded", n: 5 }),
      ],
      "2026-01-01",
    );
    expect(stats.refunded).toEqual(successRate(3, 4));
  });
});

describe("the quarterly trend's time axis", () => {
  const point = (quarter: string, successes: number, attempts: number) => ({ quarter, ...successRate(successes, attempts) });

  it("numbers quarters so that neighbours differ by one across years", () => {
    expect(quarterIndex("2025-Q1") - quarterIndex("2024-Q4")).toBe(1);
    expect(() => quarterIndex("2025-Q5")).toThrow();
  });

  it("fills every quarter between the first and the last, and splits lines at the gaps", () => {
    const all = everyQuarter([point("2024-Q3", 1, 2), point("2024-Q4", 2, 3), point("2025-Q3", 0, 0), point("2025-Q4", 1, 1), point("2026-Q2", 3, 4)]);
    expect(all.map((p) => p.quarter)).toEqual(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(all[2]).toEqual(point("2025-Q1", 0, 0));
    // a quarter with only pending outcomes has no rate: a gap too
    expect(segmentsWithData(all).map((segment) => segment.map((p) => p.quarter))).toEqual([["2024-Q3", "2024-Q4"], ["2025-Q4"], ["2026-Q2"]]);
    expect(everyQuarter([])).toEqual([]);
  });
});
