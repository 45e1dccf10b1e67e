import { describe, expect, it } from "vitest";
import { DIFF_MAX_LINE, DIFF_MAX_ROWS, lineDiff } from "@/lib/guide/diff";

const rowsOf = (diff: ReturnType<typeof lineDiff>) => (diff.kind === "diff" ? diff.rows : []);

describe("line diff for the history view", () => {
  it("marks added and removed lines and folds long unchanged runs", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join("\n");
    const rows = rowsOf(lineDiff(before, before.replace("line 10", "第十行")));
    expect(rows.filter((r) => r.kind === "removed").map((r) => r.text)).toEqual(["line 10"]);
    expect(rows.filter((r) => r.kind === "added").map((r) => r.text)).toEqual(["第十行"]);
    expect(rows.some((r) => r.kind === "skip")).toBe(true);
    expect(rows.filter((r) => r.kind === "context")).toHaveLength(6);
  });

  it("gives up, and says so, on a change too large to compare (5,000 lines against 5,000 others)", () => {
    expect(lineDiff("a\n".repeat(5000), "b\n".repeat(5000))).toEqual({ kind: "too_large" });
  });

  it("never sends more than its row and line-length caps", () => {
    const diff = lineDiff("", Array.from({ length: 1900 }, (_, i) => `${i} ${"x".repeat(DIFF_MAX_LINE * 2)}`).join("\n"));
    expect(diff.kind).toBe("diff");
    if (diff.kind !== "diff") return;
    expect(diff.rows.length).toBe(DIFF_MAX_ROWS);
    expect(diff.hiddenRows).toBe(400);
    expect(Math.max(...diff.rows.map((r) => r.text.length))).toBeLessThanOrEqual(DIFF_MAX_LINE + 1);
  });
});
