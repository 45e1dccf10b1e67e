import { describe, expect, it } from "vitest";
import { WorkBudget } from "@/lib/guide/diff3/work-budget";
import { MERGE_WORK_LIMIT, mergeThreeWay, mergeTitle } from "@/lib/guide/merge";
import { SeededRandom } from "@/tests/helpers/seeded-random";

const base = ["# 销户四步", "", "第一步：确认账户", "第二步：联系客服", "第三步：准备材料", "第四步：去营业厅"].join("\n");

describe("three-way merge of guide edits", () => {
  it("combines edits to different lines, in CJK text", () => {
    const current = base.replace("第一步：确认账户", "第一步：确认账户（欠费、余额、合同）");
    const mine = base.replace("第四步：去营业厅", "第四步：去运营商指定的营业厅");
    expect(mergeThreeWay({ base, current, mine })).toEqual({
      clean: true,
      text: base.replace("第一步：确认账户", "第一步：确认账户（欠费、余额、合同）").replace("第四步：去营业厅", "第四步：去运营商指定的营业厅"),
    });
  });

  it("reports a conflict when both change the same line, merging nothing", () => {
    const current = base.replace("第二步：联系客服", "第二步：打电话给客服");
    const mine = base.replace("第二步：联系客服", "第二步：在 App 里联系客服");
    expect(mergeThreeWay({ base, current, mine })).toEqual({ clean: false, conflicts: 1 });
  });

  it("keeps both additions at different places, and takes identical changes once", () => {
    const current = `${base}\n\n最后核对：2026-11-25`;
    const mine = `说明：规则会变化。\n${base}`;
    const merged = mergeThreeWay({ base, current, mine });
    expect(merged).toEqual({ clean: true, text: `说明：规则会变化。\n${base}\n\n最后核对：2026-11-25` });
    const same = base.replace("第三步", "第 3 步");
    expect(mergeThreeWay({ base, current: same, mine: same })).toEqual({ clean: true, text: same });
  });

  it("is a plain edit when nothing happened in between", () => {
    const mine = base.replace("营业厅", "门店");
    expect(mergeThreeWay({ base, current: base, mine })).toEqual({ clean: true, text: mine });
  });

  it("treats Windows line endings like Unix ones", () => {
    const current = base.replace("第一步", "Step 1").replace(/\n/g, "\r\n");
    const mine = base.replace("第四步", "Step 4");
    expect(mergeThreeWay({ base, current, mine })).toEqual({
      clean: true,
      text: base.replace("第一步", "Step 1").replace("第四步", "Step 4"),
    });
  });

  it("lets my title win only when I changed it", () => {
    expect(mergeTitle({ base: "A", current: "B", mine: "A" })).toBe("B");
    expect(mergeTitle({ base: "A", current: "B", mine: "C" })).toBe("C");
  });
});

describe("the final newline, as diff3 sees files", () => {
  it("keeps a removed final newline when the other side edits elsewhere", () => {
    expect(mergeThreeWay({ base: "a\nb\nc\n", current: "A\nb\nc\n", mine: "a\nb\nc" })).toEqual({ clean: true, text: "A\nb\nc" });
  });

  it("treats removing the final newline as a change of the last line", () => {
    expect(mergeThreeWay({ base: "a\nb\nc\n", current: "a\nb\nC\n", mine: "a\nb\nc" })).toEqual({ clean: false, conflicts: 1 });
  });

  it("treats appending after a last line without newline as touching that line", () => {
    expect(mergeThreeWay({ base: "a\nb", current: "A\nb", mine: "a\nb\nc" })).toEqual({ clean: false, conflicts: 1 });
    expect(mergeThreeWay({ base: "a\nb\n", current: "A\nb\n", mine: "a\nb\nc\n" })).toEqual({ clean: true, text: "A\nb\nc\n" });
  });

  it("merges into and out of an empty text", () => {
    expect(mergeThreeWay({ base: "a\nb\nc\n", current: "b\nc\n", mine: "a\nb\n" })).toEqual({ clean: true, text: "b\n" });
    expect(mergeThreeWay({ base: "", current: "", mine: "x\n" })).toEqual({ clean: true, text: "x\n" });
    expect(mergeThreeWay({ base: "", current: "y\n", mine: "x\n" })).toEqual({ clean: false, conflicts: 1 });
    expect(mergeThreeWay({ base: "a\nb\nc\n", current: "a\nB\nc\n", mine: "" })).toEqual({ clean: false, conflicts: 1 });
  });
});

describe("bounded work on the largest bodies (100,000 characters)", () => {
  const random = new SeededRandom(20251125);
  const letters = (count: number) => Array.from({ length: count }, () => `${random.pick(["a", "b", "c", "d"])}\n`).join("");
  const shuffledPage = letters(50_000);
  const worst: Record<string, { base: string; current: string; mine: string }> = {
    "every line replaced": { base: "a\n".repeat(50_000), mine: "b\n".repeat(50_000), current: `${"a\n".repeat(49_999)}c\n` },
    "halves swapped": { base: "a\n".repeat(25_000) + "b\n".repeat(25_000), mine: "b\n".repeat(25_000) + "a\n".repeat(25_000), current: `x\n${"a\n".repeat(25_000)}${"b\n".repeat(24_999)}` },
    "unrelated texts of four letters": { base: shuffledPage, mine: letters(50_000), current: letters(50_000) },
    "a b a b … against a a b b …": { base: "a\nb\n".repeat(25_000), mine: "a\na\nb\nb\n".repeat(12_500), current: "b\na\n".repeat(25_000) },
    "blank lines": { base: "\n".repeat(100_000), mine: "\n".repeat(50_000) + "x\n".repeat(25_000), current: `y\n${"\n".repeat(99_999)}` },
  };

  it.each(Object.keys(worst))("%s: stays within the work budget, and answers a conflict when it runs out", (name) => {
    const texts = worst[name];
    const budget = new WorkBudget(MERGE_WORK_LIMIT);
    const started = performance.now();
    const result = mergeThreeWay(texts, { budget });
    console.info(`${name}: ${budget.used} steps, ${(performance.now() - started).toFixed(0)} ms, ${result.clean ? "clean" : "conflict"}`);
    // one step past the limit is at most one snake: a line count
    expect(budget.used).toBeLessThanOrEqual(MERGE_WORK_LIMIT + 50_000);
    if (budget.exceeded) expect(result).toEqual({ clean: false, conflicts: 1 });
  });

  it("needs only linear work when no line survives, and a small fraction of the budget for a real page", () => {
    const replaced = new WorkBudget(MERGE_WORK_LIMIT);
    expect(mergeThreeWay(worst["every line replaced"], { budget: replaced }).clean).toBe(false);
    expect(replaced.exceeded).toBe(false);
    expect(replaced.used).toBeLessThan(400_000);

    const page = new WorkBudget(MERGE_WORK_LIMIT);
    const current = base.replace("第一步：确认账户", "第一步：确认账户（欠费、余额、合同）");
    expect(mergeThreeWay({ base, current, mine: base.replace("第四步：去营业厅", "第四步：去指定营业厅") }, { budget: page }).clean).toBe(true);
    expect(page.used).toBeLessThan(100);
  });

  it("answers a conflict, not a merge, when the budget runs out", () => {
    const texts = { base, current: base.replace("第一步", "Step 1"), mine: base.replace("第四步", "Step 4") };
    expect(mergeThreeWay(texts, { budget: new WorkBudget(5) })).toEqual({ clean: false, conflicts: 1 });
    expect(mergeThreeWay(texts).clean).toBe(true);
  });
});
