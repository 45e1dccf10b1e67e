/** z for a two-sided 95% interval, as fixed by the statistics contract. */
export const Z_95 = 1.959964;

export type Rate = {
  attempts: number;
  successes: number;
  rate: number | null;
  ci95: [number, number] | null;
};

/** Wilson score interval: honest at small n and never outside [0, 1]. */
export function wilsonInterval(successes: number, attempts: number, z = Z_95): [number, number] | null {
  if (attempts <= 0) return null;
  const p = successes / attempts;
  const z2 = z * z;
  const denominator = 1 + z2 / attempts;
  const centre = (p + z2 / (2 * attempts)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / attempts + z2 / (4 * attempts * attempts))) / denominator;
  // with no successes (or no failures) the two terms cancel on paper, not always in floating point
  return [successes <= 0 ? 0 : Math.max(0, centre - margin), successes >= attempts ? 1 : Math.min(1, centre + margin)];
}

export function successRate(successes: number, attempts: number): Rate {
  return {
    attempts,
    successes,
    rate: attempts > 0 ? successes / attempts : null,
    ci95: wilsonInterval(successes, attempts),
  };
}
