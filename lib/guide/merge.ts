import { diffLikeGnu } from "./diff3/gnu-diff";
import { numberLines } from "./diff3/line-ids";
import { splitLines } from "./diff3/split-lines";
import { mergeLines } from "./diff3/three-way";
import { WorkBudget, WorkBudgetExceeded } from "./diff3/work-budget";

export type MergeResult = { clean: true; text: string } | { clean: false; conflicts: number };

/**
 * Steps one merge may take (lines read, diagonals visited, lines compared or slid): about
 * 100 ms at worst. Real edits of a guide page need a few thousand. It also stays below the
 * point where GNU diff gives up on the shortest script (over 8 million steps in one
 * comparison), so whatever finishes within it is exactly what diff3 would answer. Past
 * it the edit is answered as a conflict, never merged on a guess.
 */
export const MERGE_WORK_LIMIT = 5_000_000;

const normalise = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * Three-way merge by lines, agreeing with GNU `diff3 -m -E mine base current`: the edits
 * from base → current and base → mine are combined when they touch different lines;
 * changing the same or adjacent lines is a conflict (unless both made the same change),
 * and then nothing is merged. A missing final newline counts as a change of that line.
 */
export function mergeThreeWay(
  { base, current, mine }: { base: string; current: string; mine: string },
  { budget = new WorkBudget(MERGE_WORK_LIMIT) }: { budget?: WorkBudget } = {},
): MergeResult {
  const [baseText, currentText, mineText] = [base, current, mine].map(normalise);
  if (mineText === baseText || mineText === currentText) return { clean: true, text: currentText };
  if (currentText === baseText) return { clean: true, text: mineText };

  const lines = [baseText, currentText, mineText].map(splitLines);
  const {
    ids: [baseIds, currentIds, mineIds],
    distinct,
  } = numberLines(lines);
  try {
    const mineHunks = diffLikeGnu(mineIds, baseIds, distinct, budget);
    const currentHunks = diffLikeGnu(currentIds, baseIds, distinct, budget);
    const merged = mergeLines({ mine: mineIds, current: currentIds, mineHunks, currentHunks });
    if (merged.conflicts > 0) return { clean: false, conflicts: merged.conflicts };
    const [, currentLines, mineLines] = lines;
    const text = merged.pieces.map(({ from, start, end }) => (from === "mine" ? mineLines : currentLines).slice(start, end).join("")).join("");
    return { clean: true, text };
  } catch (error) {
    if (error instanceof WorkBudgetExceeded) return { clean: false, conflicts: 1 };
    throw error;
  }
}

/** The title follows the same rule: mine wins only if I changed it. */
export function mergeTitle({ base, current, mine }: { base: string; current: string; mine: string }) {
  return mine === base ? current : mine;
}
