import { describe, expect, it } from "vitest";
import { medianFromHistogram, quarterOf, summarizeOperator, type CountRow } from "@/lib/stats/summary";
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
      pendingReports: 2,
      updatedAt: new Date("2025-08-01T00:00:00Z"),
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
  });

  it("has null shares, rates and median when there are no reports", () => {
    const stats = summarizeOperator({ operator: "yota", counts: [], days: [], documents: [], pendingReports: 0, updatedAt: null });
    expect(stats.online.rate).toBeNull();
    expect(stats.medianDaysToComplete).toBeNull();
    expect(stats.documents.every((d) => d.share === null)).toBe(true);
    expect(stats.byQuarter).toEqual([]);
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
