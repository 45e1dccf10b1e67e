import type { Rate } from "./wilson";

export type QuarterPoint = { quarter: string } & Rate;

/** "2025-Q3" → a running quarter number (years × 4 + quarter − 1), so quarters sit on a time axis. */
export function quarterIndex(quarter: string): number {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

const quarterName = (index: number) => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/**
 * Every quarter from the first to the last given, in order: the ones without reports are
 * filled in with no attempts, so a chart leaves a gap there instead of joining its neighbours.
 */
export function everyQuarter(points: QuarterPoint[]): QuarterPoint[] {
  if (points.length === 0) return [];
  const byIndex = new Map(points.map((p) => [quarterIndex(p.quarter), p]));
  const indexes = [...byIndex.keys()];
  const [first, last] = [Math.min(...indexes), Math.max(...indexes)];
  const all: QuarterPoint[] = [];
  for (let i = first; i <= last; i++) {
    all.push(byIndex.get(i) ?? { quarter: quarterName(i), attempts: 0, successes: 0, rate: null, ci95: null });
  }
  return all;
}

/** Runs of consecutive quarters that have a rate: each is drawn as its own line. */
export function segmentsWithData<T extends QuarterPoint>(all: T[]): T[][] {
  const segments: T[][] = [];
  let current: T[] = [];
  for (const point of all) {
    if (point.rate === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(point);
  }
  if (current.length) segments.push(current);
  return segments;
}
