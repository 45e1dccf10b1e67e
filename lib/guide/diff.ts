import { diffLines } from "diff";

export type DiffRow = { kind: "added" | "removed" | "context" | "skip"; text: string; count?: number };

/** Line diff for the history view, keeping 3 lines of context around each change. */
export function lineDiff(before: string, after: string, context = 3): DiffRow[] {
  const rows: DiffRow[] = [];
  const parts = diffLines(before.replace(/\r\n?/g, "\n"), after.replace(/\r\n?/g, "\n"));
  parts.forEach((part, index) => {
    const partLines = part.value.replace(/\n$/, "").split("\n");
    if (part.added || part.removed) {
      for (const text of partLines) rows.push({ kind: part.added ? "added" : "removed", text });
      return;
    }
    const first = index === 0;
    const last = index === parts.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    if (partLines.length <= keepHead + keepTail + 1) {
      for (const text of partLines) rows.push({ kind: "context", text });
      return;
    }
    for (const text of partLines.slice(0, keepHead)) rows.push({ kind: "context", text });
    rows.push({ kind: "skip", text: "", count: partLines.length - keepHead - keepTail });
    for (const text of partLines.slice(partLines.length - keepTail)) rows.push({ kind: "context", text });
  });
  return rows;
}

/** Lines present in `after` but not in `before` (what an edit adds). */
export function addedLines(before: string, after: string): string[] {
  return diffLines(before, after)
    .filter((part) => part.added)
    .flatMap((part) => part.value.split("\n"))
    .filter((line) => line.trim() !== "");
}
