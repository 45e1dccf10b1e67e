import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffLikeGnu } from "@/lib/guide/diff3/gnu-diff";
import { numberLines } from "@/lib/guide/diff3/line-ids";
import { splitLines } from "@/lib/guide/diff3/split-lines";
import { WorkBudget } from "@/lib/guide/diff3/work-budget";
import { gnuDiffHunks, hasGnuDiffutils } from "@/tests/helpers/gnu-diffutils";
import { repetitiveTextPair } from "@/tests/helpers/repetitive-texts";
import { SeededRandom } from "@/tests/helpers/seeded-random";

const NO_DIFF = "GNU diff is not installed (Debian/Ubuntu: apt-get install diffutils), so there is no oracle";
const installed = hasGnuDiffutils();
const folder = mkdtempSync(path.join(tmpdir(), "gnu-diff-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function ourHunks({ a, b }: { a: string; b: string }) {
  const { ids, distinct } = numberLines([splitLines(a), splitLines(b)]);
  return diffLikeGnu(ids[0], ids[1], distinct, new WorkBudget(Number.MAX_SAFE_INTEGER));
}

describe("two-way diff against GNU diff --horizon-lines=100", () => {
  const runs = Number(process.env.DIFF_PROPERTY_RUNS ?? 1000);
  const seed = Number(process.env.DIFF_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));

  it(`reports the same hunks on ${runs} pairs of repetitive texts`, (context) => {
    if (!installed) console.warn(`skipped: ${NO_DIFF}`);
    context.skip(!installed, NO_DIFF);
    const random = new SeededRandom(seed);
    const disagreements: unknown[] = [];
    const started = performance.now();
    for (let run = 0; run < runs; run++) {
      const texts = repetitiveTextPair(random);
      const gnu = gnuDiffHunks(folder, texts);
      const ours = ourHunks(texts);
      if (JSON.stringify(ours) !== JSON.stringify(gnu)) disagreements.push({ run, texts, gnu, ours });
    }
    console.info(`diff vs GNU diff: seed ${seed}, ${runs} pairs, ${disagreements.length} disagreements, ${(performance.now() - started).toFixed(0)} ms`);
    expect(disagreements.length, `replay with DIFF_PROPERTY_SEED=${seed}; the first: ${JSON.stringify(disagreements[0])}`).toBe(0);
  }, 120_000);
});
