import { describe, expect, it } from "vitest";
import { successRate, wilsonInterval, Z_95 } from "@/lib/stats/wilson";

// Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
// seven methods", Statistics in Medicine 17:857–872, Table I, method 3 (score interval without
// continuity correction), printed to four decimals.
const NEWCOMBE_1998 = [
  { case: "81/263", successes: 81, attempts: 263, low: 0.2553, high: 0.3662 },
  { case: "15/148", successes: 15, attempts: 148, low: 0.0624, high: 0.1605 },
  { case: "0/20", successes: 0, attempts: 20, low: 0, high: 0.1611 },
  { case: "1/29", successes: 1, attempts: 29, low: 0.0061, high: 0.1718 },
];

describe("Wilson score interval", () => {
  it("uses the contract's z", () => {
    expect(Z_95).toBe(1.959964);
  });

  it.each(NEWCOMBE_1998)("gives Newcombe's published interval for $case", ({ successes, attempts, low, high }) => {
    const [lower, upper] = wilsonInterval(successes, attempts)!;
    // within half a unit of the fourth decimal: the published values are rounded there
    expect(Math.abs(lower - low)).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(upper - high)).toBeLessThanOrEqual(0.00005);
  });

  it("has no rate and no interval when nobody tried", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(successRate(0, 0)).toEqual({ attempts: 0, successes: 0, rate: null, ci95: null });
  });

  it("starts at exactly zero when nobody succeeded, and is honest about the upper end", () => {
    for (const attempts of [1, 5, 20, 1000]) {
      const [low, high] = wilsonInterval(0, attempts)!;
      expect(low).toBe(0);
      // z²/(n + z²): the whole interval when all n failed
      expect(high).toBeCloseTo(Z_95 ** 2 / (attempts + Z_95 ** 2), 12);
    }
  });

  it("ends at exactly one when everyone succeeded, mirroring 0 of n", () => {
    for (const attempts of [1, 5, 20, 1000]) {
      const [low, high] = wilsonInterval(attempts, attempts)!;
      const [mirrorLow, mirrorHigh] = wilsonInterval(0, attempts)!;
      expect(high).toBe(1);
      expect(low).toBeCloseTo(1 - mirrorHigh, 12);
      expect(mirrorLow).toBe(0);
    }
    // Newcombe's 0 of 20, seen from the other side
    expect(wilsonInterval(20, 20)![0]).toBeCloseTo(1 - 0.1611, 4);
  });

  it("is symmetric: s of n mirrors n − s of n", () => {
    for (const [successes, attempts] of [[1, 2], [3, 10], [81, 263]]) {
      const [low, high] = wilsonInterval(successes, attempts)!;
      const [mirrorLow, mirrorHigh] = wilsonInterval(attempts - successes, attempts)!;
      expect(low).toBeCloseTo(1 - mirrorHigh, 12);
      expect(high).toBeCloseTo(1 - mirrorLow, 12);
    }
  });

  it("always contains the observed rate and stays inside [0, 1]", () => {
    for (let attempts = 1; attempts <= 60; attempts++) {
      for (let successes = 0; successes <= attempts; successes++) {
        const [low, high] = wilsonInterval(successes, attempts)!;
        const p = successes / attempts;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(p + 1e-12);
        expect(high).toBeGreaterThanOrEqual(p - 1e-12);
      }
    }
  });

  it("narrows as reports accumulate at the same rate", () => {
    const width = (s: number, n: number) => {
      const [low, high] = wilsonInterval(s, n)!;
      return high - low;
    };
    expect(width(90, 140)).toBeLessThan(width(9, 14));
  });
});
