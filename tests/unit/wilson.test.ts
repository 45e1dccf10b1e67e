import { describe, expect, it } from "vitest";
import { successRate, wilsonInterval, Z_95 } from "@/lib/stats/wilson";

describe("Wilson score interval", () => {
  it("uses the contract's z", () => {
    expect(Z_95).toBe(1.959964);
  });

  it("has no rate and no interval when nobody tried", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(successRate(0, 0)).toEqual({ attempts: 0, successes: 0, rate: null, ci95: null });
  });

  it("9 of 14 gives [0.388, 0.837]", () => {
    const [low, high] = wilsonInterval(9, 14)!;
    expect(low).toBeCloseTo(0.388, 3);
    expect(high).toBeCloseTo(0.837, 3);
  });

  it("0 of 5 starts at zero and is honest about the upper end", () => {
    const [low, high] = wilsonInterval(0, 5)!;
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.4345, 3);
  });

  it("5 of 5 ends at one and is honest about the lower end", () => {
    const [low, high] = wilsonInterval(5, 5)!;
    expect(low).toBeCloseTo(0.5655, 3);
    expect(high).toBe(1);
  });

  it("1 of 2 is centred on one half", () => {
    const [low, high] = wilsonInterval(1, 2)!;
    expect(low + high).toBeCloseTo(1, 10);
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
