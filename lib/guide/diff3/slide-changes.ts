import type { WorkBudget } from "./work-budget";

/**
 * Moves each group of changed lines in one file to the place GNU diff reports it, when the
 * same lines could be reported in several places (a deleted blank line among blank lines,
 * a repeated line). A group slides up as far as it can, then down as far as it can,
 * swallowing groups it touches, until it stops growing; then it slides back up to the last
 * place where its end lined up with the end of a change in the other file, if any.
 *
 * `changed` is updated in place; `otherChanged` (the other file) only guides the choice.
 */
export function slideChangeGroups(lines: Int32Array, changed: Uint8Array, otherChanged: Uint8Array, budget: WorkBudget) {
  const count = lines.length;
  const here = (index: number) => index >= 0 && index < count && changed[index] === 1;
  const there = (index: number) => index >= 0 && index < otherChanged.length && otherChanged[index] === 1;

  // `partner` is the other file's unchanged line paired with this file's line `end`
  let end = 0;
  let partner = 0;
  const partnerBack = () => {
    do partner--;
    while (there(partner));
  };

  for (;;) {
    while (end < count && !here(end)) {
      while (there(partner)) partner++;
      partner++;
      end++;
    }
    if (end === count) return;
    let start = end;
    while (here(end)) end++;
    while (there(partner)) partner++;

    let alignedEnd: number;
    let length: number;
    do {
      length = end - start;
      while (start > 0 && lines[start - 1] === lines[end - 1]) {
        changed[--start] = 1;
        changed[--end] = 0;
        while (here(start - 1)) start--;
        partnerBack();
        budget.spend(1);
      }
      alignedEnd = there(partner - 1) ? end : count;
      while (end !== count && lines[start] === lines[end]) {
        changed[start++] = 0;
        changed[end++] = 1;
        while (here(end)) end++;
        while (there(++partner)) alignedEnd = end;
        budget.spend(1);
      }
    } while (length !== end - start);

    while (alignedEnd < end) {
      changed[--start] = 1;
      changed[--end] = 0;
      partnerBack();
      budget.spend(1);
    }
  }
}
