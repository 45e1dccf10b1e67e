import type { Hunk } from "./gnu-diff";

/** One side's hunks against the base (a = that side, b = the base), read in order. */
type Side = { hunks: Hunk[]; next: number; shift: number };
type Range = { start: number; end: number };
type Block = { mine: Range; current: Range; changedBy: "mine" | "current" | "both" };

const peek = (side: Side): Hunk | undefined => side.hunks[side.next];

/** The side whose next hunk starts first in the base; mine on a tie, as in diff3. */
function earliest(mine: Side, current: Side) {
  const [mineNext, currentNext] = [peek(mine), peek(current)];
  if (!currentNext) return 0;
  if (!mineNext) return 1;
  return mineNext.bStart <= currentNext.bStart ? 0 : 1;
}

/**
 * The next diff3 block: the earliest hunk of either side, then every hunk of the other
 * side that overlaps or touches it (starts no later than right after its last base line),
 * alternating while the block keeps reaching further. Touching hunks conflict in diff3.
 */
function nextBlock(mine: Side, current: Side): Block {
  const sides = [mine, current];
  const taken: Hunk[][] = [[], []];
  const take = (index: number) => {
    const hunk = sides[index].hunks[sides[index].next++];
    taken[index].push(hunk);
    return hunk;
  };
  const first = earliest(mine, current);
  const { bStart: baseStart, bEnd } = take(first);
  let baseEnd = bEnd;
  let reaching = first;
  for (let candidate = peek(sides[1 - reaching]); candidate && candidate.bStart <= baseEnd; candidate = peek(sides[1 - reaching])) {
    take(1 - reaching);
    if (candidate.bEnd > baseEnd) {
      baseEnd = candidate.bEnd;
      reaching = 1 - reaching;
    }
  }
  // each side's lines for base [baseStart, baseEnd): its hunks widened by unchanged lines
  const range = (index: number): Range => {
    const hunks = taken[index];
    const side = sides[index];
    const range = hunks.length
      ? { start: hunks[0].aStart - (hunks[0].bStart - baseStart), end: hunks[hunks.length - 1].aEnd + (baseEnd - hunks[hunks.length - 1].bEnd) }
      : { start: baseStart + side.shift, end: baseEnd + side.shift };
    side.shift = range.end - baseEnd;
    return range;
  };
  const changedBy = !taken[1].length ? "mine" : !taken[0].length ? "current" : "both";
  return { mine: range(0), current: range(1), changedBy };
}

function sameLines(a: Int32Array, aRange: Range, b: Int32Array, bRange: Range) {
  if (aRange.end - aRange.start !== bRange.end - bRange.start) return false;
  for (let offset = 0; offset < aRange.end - aRange.start; offset++) if (a[aRange.start + offset] !== b[bRange.start + offset]) return false;
  return true;
}

/** Line ranges of mine and current that, concatenated, are the merged text. */
export type LineMerge = { conflicts: number; pieces: { from: "mine" | "current"; start: number; end: number }[] };

/**
 * `diff3 -m -E mine base current`: my text with the current side's changes applied where
 * only it changed; changes on both sides to the same or touching base lines conflict,
 * unless both sides ended up with the same lines there. `mineHunks` and `currentHunks`
 * are `diff side base` as diff3 runs it (the base second).
 */
export function mergeLines({ mine, current, mineHunks, currentHunks }: { mine: Int32Array; current: Int32Array; mineHunks: Hunk[]; currentHunks: Hunk[] }): LineMerge {
  const mineSide: Side = { hunks: mineHunks, next: 0, shift: 0 };
  const currentSide: Side = { hunks: currentHunks, next: 0, shift: 0 };
  const pieces: LineMerge["pieces"] = [];
  let conflicts = 0;
  let copied = 0;
  while (peek(mineSide) || peek(currentSide)) {
    const block = nextBlock(mineSide, currentSide);
    if (block.changedBy === "both" && !sameLines(mine, block.mine, current, block.current)) conflicts++;
    if (block.changedBy !== "current") continue;
    pieces.push({ from: "mine", start: copied, end: block.mine.start });
    pieces.push({ from: "current", start: block.current.start, end: block.current.end });
    copied = block.mine.end;
  }
  pieces.push({ from: "mine", start: copied, end: mine.length });
  return { conflicts, pieces };
}
