import type { Rate } from "./wilson";

/**
 * Rank by the interval's lower bound: the rate we can be fairly sure of. Operators with
 * no attempts go last; ties fall back to more attempts, then to the given order.
 */
export function rankByLowerBound<T extends { online: Rate }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const la = a.item.online.ci95?.[0] ?? -1;
      const lb = b.item.online.ci95?.[0] ?? -1;
      if (la !== lb) return lb - la;
      if (a.item.online.attempts !== b.item.online.attempts) return b.item.online.attempts - a.item.online.attempts;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
