import { SeededRandom } from "./seeded-random";

/**
 * Two versions of a text built to stress how GNU diff picks among equally short
 * alignments: few distinct lines (many blank and repeated ones), unique lines among them,
 * long shared beginnings and ends (past diff3's 100-line horizon), long files (where
 * "very common" starts at more than 5 matches), and missing final newlines.
 */
export function repetitiveTextPair(random: SeededRandom) {
  const vocabulary = ["", ...Array.from({ length: 1 + random.below(7) }, (_, index) => `line ${index}`)];
  const uniqueShare = random.pick([0, 0.3, 0.6, 0.8]);
  const line = () => (random.chance(uniqueShare) ? `unique ${random.below(1e6)}` : random.pick(vocabulary));
  const text = (count: number) => Array.from({ length: count }, line);
  const edited = (lines: string[]) => {
    const copy = [...lines];
    for (let edits = 1 + random.below(6); edits > 0; edits--) {
      const at = random.below(copy.length + 1);
      const choice = random.below(3);
      if (choice === 0) copy.splice(at, 1 + random.below(4));
      else if (choice === 1) copy.splice(at, 0, ...text(1 + random.below(4)));
      else copy.splice(at, 1, `changed ${random.below(3)}`);
    }
    return copy;
  };
  const length = random.chance(0.15) ? 200 + random.below(500) : random.below(80);
  const a = text(length);
  const b = random.chance(0.25) ? text(random.below(80)) : edited(a);
  const shared = random.chance(0.25) ? { before: text(random.below(300)), after: text(random.below(300)) } : { before: [], after: [] };
  const finish = (lines: string[]) => {
    const all = [...shared.before, ...lines, ...shared.after];
    return all.length && random.chance(0.85) ? `${all.join("\n")}\n` : all.join("\n");
  };
  return { a: finish(a), b: finish(b) };
}
