import { diff3Merge } from "node-diff3";

export type MergeResult = { clean: true; text: string } | { clean: false; conflicts: number };

const lines = (text: string) => text.replace(/\r\n?/g, "\n").split("\n");

/**
 * Three-way merge by lines (MediaWiki's model): the edits from base → current and from
 * base → mine are combined when they touch different lines; touching the same lines is a
 * conflict, and then nothing is merged.
 */
export function mergeThreeWay({ base, current, mine }: { base: string; current: string; mine: string }): MergeResult {
  const regions = diff3Merge(lines(mine), lines(base), lines(current), { excludeFalseConflicts: true });
  const merged: string[] = [];
  let conflicts = 0;
  for (const region of regions) {
    if (region.ok) merged.push(...region.ok);
    else if (region.conflict) conflicts++;
  }
  return conflicts > 0 ? { clean: false, conflicts } : { clean: true, text: merged.join("\n") };
}

/** The title follows the same rule: mine wins only if I changed it. */
export function mergeTitle({ base, current, mine }: { base: string; current: string; mine: string }) {
  return mine === base ? current : mine;
}
