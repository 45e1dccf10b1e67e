import { dropConfusingLines } from "./discard-lines";
import { SequenceComparison } from "./middle-snake";
import { slideChangeGroups } from "./slide-changes";
import type { WorkBudget } from "./work-budget";

/** A change between file a and file b: lines [aStart, aEnd) of a became [bStart, bEnd) of b. */
export type Hunk = { aStart: number; aEnd: number; bStart: number; bEnd: number };

/** diff3 runs `diff --horizon-lines=100`: that much of the common prefix and suffix stays in. */
const HORIZON_LINES = 100;

function commonEnds(a: Int32Array, b: Int32Array) {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

function keptLines(lines: Int32Array, dropped: Uint8Array) {
  const positions: number[] = [];
  dropped.forEach((drop, index) => {
    if (!drop) positions.push(index);
  });
  return { positions, ids: Int32Array.from(positions, (position) => lines[position]) };
}

function hunksFrom(changedA: Uint8Array, changedB: Uint8Array, offset: number): Hunk[] {
  const hunks: Hunk[] = [];
  let indexA = 0;
  let indexB = 0;
  while (indexA < changedA.length || indexB < changedB.length) {
    if (changedA[indexA] !== 1 && changedB[indexB] !== 1) {
      indexA++;
      indexB++;
      continue;
    }
    const aStart = indexA;
    const bStart = indexB;
    while (changedA[indexA] === 1) indexA++;
    while (changedB[indexB] === 1) indexB++;
    hunks.push({ aStart: aStart + offset, aEnd: indexA + offset, bStart: bStart + offset, bEnd: indexB + offset });
  }
  return hunks;
}

/**
 * The hunks `diff --horizon-lines=100 a b` (GNU diffutils 3.8) prints, computed the way it
 * computes them: trim the common ends, drop confusing lines, Myers' comparison of the
 * rest, then slide each change group into place. Lines are numbers from `numberLines`.
 */
export function diffLikeGnu(a: Int32Array, b: Int32Array, distinct: number, budget: WorkBudget): Hunk[] {
  const { prefix, suffix } = commonEnds(a, b);
  if (prefix === a.length && prefix === b.length) return [];
  const from = Math.max(0, prefix - HORIZON_LINES);
  const cut = Math.max(0, suffix - HORIZON_LINES);
  const regionA = a.subarray(from, a.length - cut);
  const regionB = b.subarray(from, b.length - cut);

  const [droppedA, droppedB] = dropConfusingLines(regionA, regionB, distinct);
  const changedA = droppedA.slice();
  const changedB = droppedB.slice();
  const keptA = keptLines(regionA, droppedA);
  const keptB = keptLines(regionB, droppedB);
  budget.spend(regionA.length + regionB.length);
  new SequenceComparison(
    keptA.ids,
    keptB.ids,
    (index) => (changedA[keptA.positions[index]] = 1),
    (index) => (changedB[keptB.positions[index]] = 1),
    budget,
  ).run();

  slideChangeGroups(regionA, changedA, changedB, budget);
  slideChangeGroups(regionB, changedB, changedA, budget);
  return hunksFrom(changedA, changedB, from);
}
