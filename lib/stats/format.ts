import type { Rate } from "./wilson";

export const percent = (value: number) => `${Math.round(value * 100)}%`;

/** "64% (39%–84%)" pieces; null when there is nothing to show. */
export function rateParts(rate: Rate) {
  if (rate.rate === null || rate.ci95 === null) return null;
  return { rate: percent(rate.rate), low: percent(rate.ci95[0]), high: percent(rate.ci95[1]) };
}

export const FEW_REPORTS = 10;
