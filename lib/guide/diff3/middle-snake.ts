import type { WorkBudget } from "./work-budget";

const BEFORE_START = -1;
const AFTER_END = 0x7fffffff;

type Box = { xStart: number; xEnd: number; yStart: number; yEnd: number };

/**
 * Myers' linear-space O(ND) comparison (Myers 1986, section 4b) with the choices GNU diff
 * makes among equally short edit scripts: diagonals k = x - y are scanned from the highest
 * down, a tie between coming from k-1 and k+1 takes k-1 (delete first), and the first
 * overlap found, forward on odd deltas and backward on even ones, is the split point.
 */
export class SequenceComparison {
  private readonly forward: Int32Array;
  private readonly backward: Int32Array;
  private readonly offset: number;

  constructor(
    private readonly x: Int32Array,
    private readonly y: Int32Array,
    private readonly onChangedX: (index: number) => void,
    private readonly onChangedY: (index: number) => void,
    private readonly budget: WorkBudget,
  ) {
    this.offset = y.length + 1;
    this.forward = new Int32Array(x.length + y.length + 3);
    this.backward = new Int32Array(x.length + y.length + 3);
  }

  run() {
    this.compare({ xStart: 0, xEnd: this.x.length, yStart: 0, yEnd: this.y.length });
  }

  private compare(box: Box) {
    const { x, y } = this;
    let { xStart, xEnd, yStart, yEnd } = box;
    while (xStart < xEnd && yStart < yEnd && x[xStart] === y[yStart]) {
      xStart++;
      yStart++;
    }
    while (xStart < xEnd && yStart < yEnd && x[xEnd - 1] === y[yEnd - 1]) {
      xEnd--;
      yEnd--;
    }
    this.budget.spend(1 + box.xEnd - box.xStart - (xEnd - xStart));
    if (xStart === xEnd) for (let index = yStart; index < yEnd; index++) this.onChangedY(index);
    else if (yStart === yEnd) for (let index = xStart; index < xEnd; index++) this.onChangedX(index);
    else {
      const split = this.middleSnake({ xStart, xEnd, yStart, yEnd });
      this.compare({ xStart, xEnd: split.x, yStart, yEnd: split.y });
      this.compare({ xStart: split.x, xEnd, yStart: split.y, yEnd });
    }
  }

  private middleSnake({ xStart, xEnd, yStart, yEnd }: Box): { x: number; y: number } {
    const { x, y, forward: fd, backward: bd, offset: o, budget } = this;
    const lowest = xStart - yEnd;
    const highest = xEnd - yStart;
    const forwardMid = xStart - yStart;
    const backwardMid = xEnd - yEnd;
    const odd = ((forwardMid - backwardMid) & 1) !== 0;
    let fLow = forwardMid;
    let fHigh = forwardMid;
    let bLow = backwardMid;
    let bHigh = backwardMid;
    fd[o + forwardMid] = xStart;
    bd[o + backwardMid] = xEnd;
    for (;;) {
      if (fLow > lowest) fd[o + --fLow - 1] = BEFORE_START;
      else fLow++;
      if (fHigh < highest) fd[o + ++fHigh + 1] = BEFORE_START;
      else fHigh--;
      for (let k = fHigh; k >= fLow; k -= 2) {
        const fromBelow = fd[o + k - 1];
        const fromAbove = fd[o + k + 1];
        const start = fromBelow >= fromAbove ? fromBelow + 1 : fromAbove;
        let column = start;
        let row = start - k;
        while (column < xEnd && row < yEnd && x[column] === y[row]) {
          column++;
          row++;
        }
        budget.spend(1 + column - start);
        fd[o + k] = column;
        if (odd && bLow <= k && k <= bHigh && bd[o + k] <= column) return { x: column, y: row };
      }
      if (bLow > lowest) bd[o + --bLow - 1] = AFTER_END;
      else bLow++;
      if (bHigh < highest) bd[o + ++bHigh + 1] = AFTER_END;
      else bHigh--;
      for (let k = bHigh; k >= bLow; k -= 2) {
        const fromBelow = bd[o + k - 1];
        const fromAbove = bd[o + k + 1];
        const start = fromBelow < fromAbove ? fromBelow : fromAbove - 1;
        let column = start;
        let row = start - k;
        while (column > xStart && row > yStart && x[column - 1] === y[row - 1]) {
          column--;
          row--;
        }
        budget.spend(1 + start - column);
        bd[o + k] = column;
        if (!odd && fLow <= k && k <= fHigh && column <= fd[o + k]) return { x: column, y: row };
      }
    }
  }
}
