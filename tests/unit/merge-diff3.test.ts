import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSeedGuidePages } from "@/db/seed/guide-files";
import { mergeThreeWay, type MergeResult } from "@/lib/guide/merge";
import { concurrentEdits } from "@/tests/helpers/concurrent-edits";
import { gnuDiff3Merge, hasGnuDiffutils, type Diff3Outcome } from "@/tests/helpers/gnu-diffutils";
import { SeededRandom } from "@/tests/helpers/seeded-random";

type Texts = { base: string; current: string; mine: string };

const NO_DIFF3 = "GNU diffutils (diff3) is not installed (Debian/Ubuntu: apt-get install diffutils), so there is no oracle";
const diff3Installed = hasGnuDiffutils();
const folder = mkdtempSync(path.join(tmpdir(), "merge-diff3-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const mergeOrError = (texts: Texts) => {
  try {
    return mergeThreeWay(texts);
  } catch (error) {
    return String(error);
  }
};

const agrees = (ours: MergeResult, gnu: Diff3Outcome) => ours.clean === gnu.clean && (!gnu.clean || (ours.clean && ours.text === gnu.text));

/** The expectation holds, and GNU diff3 (when present) says the same. */
function expectMerge(texts: Texts, expected: { clean: true; text: string } | { clean: false }) {
  const ours = mergeThreeWay(texts);
  expect(ours.clean).toBe(expected.clean);
  if (expected.clean && ours.clean) expect(ours.text).toBe(expected.text);
  if (diff3Installed) expect(gnuDiff3Merge(folder, texts)).toEqual(expected);
}

describe("the three ways node-diff3 disagreed with diff3", () => {
  const page = ["## Step 1", "", "Check the account.", "", "## Step 2", "", "Call customer service.", ""].join("\n");

  it.each(["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"])("merges around a line that reads %s, in current and in mine", (word) => {
    const current = page.replace("Check the account.", `Check the account.\n${word}`);
    const mine = page.replace("Call customer service.", `Call customer service.\n${word}`);
    expectMerge({ base: page, current, mine }, { clean: true, text: page.replace("Check the account.", `Check the account.\n${word}`).replace("Call customer service.", `Call customer service.\n${word}`) });
    // once the current text holds such a line, stale edits of it still merge
    const edited = page.replace("## Step 2", "## Step 2: ask");
    expectMerge({ base: current, current: edited.replace("Check the account.", `Check the account.\n${word}`), mine: current.replace("## Step 1", "## Step 1: check") }, {
      clean: true,
      text: edited.replace("Check the account.", `Check the account.\n${word}`).replace("## Step 1", "## Step 1: check"),
    });
  });

  it("merges deleting 'paragraph, blank line, paragraph' next to another deletion", () => {
    const base = [
      "## Before you start",
      "",
      "Once you have decided to give up the number, these four steps will save you detours.",
      "",
      "## Step 1: Check the account",
      "",
      "Before anything else, find out where the account stands:",
      "",
      "- Is there any unpaid debt?",
      "",
    ].join("\n");
    const mine = base.replace("## Before you start\n\nOnce you have decided to give up the number, these four steps will save you detours.\n", "");
    const current = base.replace("## Step 1: Check the account\n\n", "");
    expectMerge({ base, current, mine }, { clean: true, text: "\nBefore anything else, find out where the account stands:\n\n- Is there any unpaid debt?\n" });
  });

  it("reports a conflict when one side deletes a paragraph and the other rewrites it", () => {
    const list = "- 是否还有未结清的欠费；\n- 账户里是否还有未用完的余额；\n- 是否存在尚未履行完的合同义务。\n";
    const base = `## 第一步：确认账户状态\n\n正式办理之前，先弄清楚账户的情况：\n\n${list}\n账户状态正常，后面的流程才会顺利，所以有欠费要先结清。\n`;
    expectMerge({ base, current: base.replace(list, "\n只需确认没有欠费。\n"), mine: base.replace(list, "") }, { clean: false });
  });
});

describe("three-way merge against GNU diff3 -m -E", () => {
  const runs = Number(process.env.MERGE_PROPERTY_RUNS ?? 1000);
  const seed = Number(process.env.MERGE_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const guidePages = readSeedGuidePages().map((page) => page.body);
  const replay = (disagreements: unknown[]) =>
    `replay with MERGE_PROPERTY_SEED=${seed}; ${disagreements.length} disagreements, the first: ${JSON.stringify(disagreements[0])}`;

  function compareRuns(pages: string[], runs: number, random: SeededRandom) {
    const disagreements: { run: number; texts: Texts; gnu: Diff3Outcome; ours: MergeResult | string }[] = [];
    let clean = 0;
    let ourTime = 0;
    for (let run = 0; run < runs; run++) {
      const texts = concurrentEdits(pages, random);
      const gnu = gnuDiff3Merge(folder, texts);
      const before = performance.now();
      const ours = mergeOrError(texts);
      ourTime += performance.now() - before;
      if (gnu.clean) clean++;
      if (typeof ours === "string" || !agrees(ours, gnu)) disagreements.push({ run, texts, gnu, ours });
    }
    return { disagreements, clean, ourTime };
  }

  it(`agrees on ${runs} random concurrent edits of the seeded guide pages`, (context) => {
    if (!diff3Installed) console.warn(`skipped: ${NO_DIFF3}`);
    context.skip(!diff3Installed, NO_DIFF3);
    const started = performance.now();
    const { disagreements, clean, ourTime } = compareRuns(guidePages, runs, new SeededRandom(seed));
    console.info(
      `merge vs diff3 -m -E: seed ${seed}, ${runs} pairs (${clean} clean, ${runs - clean} conflicts), ` +
        `${disagreements.length} disagreements; ours ${ourTime.toFixed(0)} ms, total ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(disagreements.length, replay(disagreements)).toBe(0);
    // the generator must keep producing both outcomes, or the property says little
    expect(clean).toBeGreaterThan(runs / 4);
    expect(runs - clean).toBeGreaterThan(runs / 10);
  }, 120_000);

  it("agrees on long pages (every guide page three times over, about 85,000 characters)", (context) => {
    context.skip(!diff3Installed, NO_DIFF3);
    const longPage = [guidePages.join("\n"), guidePages.join("\n"), guidePages.join("\n")].join("\n");
    const { disagreements, clean } = compareRuns([longPage], 60, new SeededRandom(seed + 1));
    expect(disagreements.length, replay(disagreements)).toBe(0);
    expect(clean).toBeGreaterThan(0);
  }, 120_000);
});
