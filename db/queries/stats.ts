import "server-only";
import type { OperatorStats } from "@/lib/stats/summary";
import { getDb } from "../index";
import { readOperatorStats } from "../stats-read";

export { clearStatsCache } from "../stats-read";

/** Figures for one operator (see db/stats-read.ts); null for an unknown slug. */
export async function getOperatorStats({ slug }: { slug: string }): Promise<OperatorStats | null> {
  return readOperatorStats(await getDb(), slug);
}
