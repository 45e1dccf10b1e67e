import { diffLines } from "diff";

export type DiffRow = { kind: "added" | "removed" | "context" | "skip"; text: string; count?: number };
export type LineDiff = { kind: "diff"; rows: DiffRow[]; hiddenRows: number } | { kind: "too_large" };

/** A diff is shown only while it stays small enough to read and cheap to compute. */
const DIFF_MAX_EDIT_LINES = 2000;
const DIFF_TIMEOUT_MS = 200;
export const DIFF_MAX_ROWS = 1500;
export const DIFF_MAX_LINE = 500;

const clip = (text: string) => (text.length > DIFF_MAX_LINE ? `${text.slice(0, DIFF_MAX_LINE)}…` : text);

/**
 * Line diff for the history view, keeping 3 lines of context around each change. Bounded:
 * past DIFF_MAX_EDIT_LINES changed lines (or the time budget) the answer is "too large to
 * show"; past DIFF_MAX_ROWS rows the rest is counted, not sent; long lines are clipped.
 */
export function lineDiff(before: string, after: string, context = 3): LineDiff {
  const parts = diffLines(before.replace(/\r\n?/g, "\n"), after.replace(/\r\n?/g, "\n"), {
    maxEditLength: DIFF_MAX_EDIT_LINES,
    timeout: DIFF_TIMEOUT_MS,
  });
  if (!parts) return { kind: "too_large" };
  const rows: DiffRow[] = [];
  parts.forEach((part, index) => {
    const partLines = part.value.replace(/\n$/, "").split("\n");
    if (part.added || part.removed) {
      for (const text of partLines) rows.push({ kind: part.added ? "added" : "removed", text: clip(text) });
      return;
    }
    const keepHead = index === 0 ? 0 : context;
    const keepTail = index === parts.length - 1 ? 0 : context;
    if (partLines.length <= keepHead + keepTail + 1) {
      for (const text of partLines) rows.push({ kind: "context", text: clip(text) });
      return;
    }
    for (const text of partLines.slice(0, keepHead)) rows.push({ kind: "context", text: clip(text) });
    rows.push({ kind: "skip", text: "", count: partLines.length - keepHead - keepTail });
    for (const text of partLines.slice(partLines.length - keepTail)) rows.push({ kind: "context", text: clip(text) });
  });
  return { kind: "diff", rows: rows.slice(0, DIFF_MAX_ROWS), hiddenRows: Math.max(0, rows.length - DIFF_MAX_ROWS) };
}
