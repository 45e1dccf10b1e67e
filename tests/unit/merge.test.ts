import { describe, expect, it } from "vitest";
import { mergeThreeWay, mergeTitle } from "@/lib/guide/merge";

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
