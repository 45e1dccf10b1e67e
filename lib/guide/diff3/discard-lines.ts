const KEEP = 0;
/** The line never occurs in the other file, so it is a change whatever the alignment. */
const NO_MATCH = 1;
/** The line occurs so often in the other file that matching it mostly adds noise. */
const COMMON = 2;

/** 5, doubled for every factor of 4 in lines/64: about the square root of the length. */
function commonThreshold(lineCount: number) {
  let threshold = 5;
  for (let quarter = Math.floor(lineCount / 64) >> 2; quarter > 0; quarter >>= 2) threshold *= 2;
  return threshold;
}

/** 1 + about the square root of length/4; runs of that many common lines are kept. */
function longCommonRun(length: number) {
  let run = 1;
  for (let quarter = length >> 4; quarter > 0; quarter >>= 2) run *= 2;
  return run + 1;
}

/** Keeps every maximal stretch of at least `minimum` common lines inside [from, to). */
function keepLongCommonStretches(marks: Uint8Array, from: number, to: number, minimum: number) {
  let index = from;
  while (index < to) {
    if (marks[index] !== COMMON) {
      index++;
      continue;
    }
    let end = index;
    while (end < to && marks[end] === COMMON) end++;
    if (end - index >= minimum) marks.fill(KEEP, index, end);
    index = end;
  }
}

/**
 * Walks into a stretch from one end, keeping common lines until three no-match lines in a
 * row have been seen, or a no-match line eight or more lines in.
 */
function keepCommonNearEdge(marks: Uint8Array, positions: Iterable<number>) {
  let steps = 0;
  let noMatchInARow = 0;
  for (const position of positions) {
    const mark = marks[position];
    if (steps >= 8 && mark === NO_MATCH) return;
    steps++;
    if (mark === COMMON) marks[position] = KEEP;
    if (mark === NO_MATCH) noMatchInARow++;
    else noMatchInARow = 0;
    if (noMatchInARow === 3) return;
  }
}

function* ascending(from: number, to: number) {
  for (let index = from; index < to; index++) yield index;
}

function* descending(from: number, to: number) {
  for (let index = to - 1; index >= from; index--) yield index;
}

/**
 * A common line is dropped only inside a stretch of droppable lines that starts and ends
 * with no-match lines, and then only if common lines are at most a quarter of it, it is
 * not part of a long run of common lines, and it is past the stretch's edges (the first
 * three no-match lines in a row from either end). Everywhere else it stays compared.
 */
function settleCommonLines(marks: Uint8Array) {
  let index = 0;
  while (index < marks.length) {
    if (marks[index] !== NO_MATCH) {
      marks[index] = KEEP;
      index++;
      continue;
    }
    let end = index;
    let common = 0;
    while (end < marks.length && marks[end] !== KEEP) if (marks[end++] === COMMON) common++;
    while (marks[end - 1] === COMMON) {
      marks[--end] = KEEP;
      common--;
    }
    const length = end - index;
    if (common * 4 > length) {
      for (let position = index; position < end; position++) if (marks[position] === COMMON) marks[position] = KEEP;
    } else {
      keepLongCommonStretches(marks, index, end, longCommonRun(length));
      keepCommonNearEdge(marks, ascending(index, end));
      keepCommonNearEdge(marks, descending(index, end));
    }
    index = end;
  }
}

function occurrences(lines: Int32Array, distinct: number) {
  const counts = new Int32Array(distinct);
  for (const id of lines) counts[id]++;
  return counts;
}

function dropMarks(lines: Int32Array, otherCounts: Int32Array) {
  const threshold = commonThreshold(lines.length);
  const marks = new Uint8Array(lines.length);
  lines.forEach((id, index) => {
    const matches = otherCounts[id];
    if (matches === 0) marks[index] = NO_MATCH;
    else if (matches > threshold) marks[index] = COMMON;
  });
  settleCommonLines(marks);
  return marks;
}

/**
 * GNU diff's first pass: lines without a partner in the other file, and very common lines
 * among them, leave the comparison and count as changed. This shapes which of several
 * equally short alignments is found, so it is reproduced rule for rule (rules read off
 * the behaviour of `diff`). Returns, per file, a flag per line: 1 = dropped.
 */
export function dropConfusingLines(a: Int32Array, b: Int32Array, distinct: number): [Uint8Array, Uint8Array] {
  const countsA = occurrences(a, distinct);
  const countsB = occurrences(b, distinct);
  const asFlags = (marks: Uint8Array) => marks.map((mark) => (mark === KEEP ? 0 : 1));
  return [asFlags(dropMarks(a, countsB)), asFlags(dropMarks(b, countsA))];
}
