import { SeededRandom } from "./seeded-random";

/** A text as `split("\n")` gives it: a final "" is the final newline. */
type Lines = string[];
type Edit = (lines: Lines, random: SeededRandom, near: number) => void;

const NEW_LINES = [
  "新增：营业厅可能要求提前预约。",
  "- 带上护照原件和复印件",
  "## 补充说明",
  "Update: some offices now ask for an appointment.",
  "- bring the passport and a copy",
  "## Notes",
  "",
  "---",
  "constructor",
  "__proto__",
  "toString",
];

const paragraphs = (lines: Lines) => {
  const found: { start: number; end: number }[] = [];
  lines.forEach((line, index) => {
    if (line === "") return;
    if (index > 0 && lines[index - 1] !== "") found[found.length - 1].end = index + 1;
    else found.push({ start: index, end: index + 1 });
  });
  return found;
};

/** A position close to `near` (so the two sides often meet), or anywhere. */
const position = (lines: Lines, random: SeededRandom, near: number) =>
  random.chance(0.6) ? Math.max(0, Math.min(lines.length - 1, near + random.below(9) - 4)) : random.below(lines.length);

const freshLine = (lines: Lines, random: SeededRandom) =>
  random.chance(0.3) ? random.pick(lines) : random.chance(0.5) ? random.pick(NEW_LINES) : `${random.pick(NEW_LINES)} ${random.below(1000)}`;

const paragraphNear = (lines: Lines, random: SeededRandom, near: number) => {
  const found = paragraphs(lines);
  if (!found.length) return undefined;
  const at = position(lines, random, near);
  return random.chance(0.6) ? (found.find((p) => p.end > at) ?? found[found.length - 1]) : random.pick(found);
};

const EDITS: Edit[] = [
  function deleteParagraph(lines, random, near) {
    const paragraph = paragraphNear(lines, random, near);
    if (paragraph) lines.splice(paragraph.start, paragraph.end - paragraph.start + (random.chance(0.5) ? 1 : 0));
  },
  function deleteTwoParagraphs(lines, random, near) {
    const found = paragraphs(lines);
    const paragraph = paragraphNear(lines, random, near);
    const next = found.find((candidate) => paragraph && candidate.start > paragraph.start);
    if (paragraph && next) lines.splice(paragraph.start, next.end - paragraph.start + (random.chance(0.5) ? 1 : 0));
  },
  function insertParagraph(lines, random, near) {
    const paragraph = paragraphNear(lines, random, near);
    const at = paragraph ? (random.chance(0.5) ? paragraph.start : paragraph.end + 1) : 0;
    const added = Array.from({ length: 1 + random.below(3) }, () => freshLine(lines, random)).filter((line) => line !== "");
    lines.splice(Math.min(at, lines.length), 0, ...added, "");
  },
  function rewriteParagraph(lines, random, near) {
    const paragraph = paragraphNear(lines, random, near);
    if (!paragraph) return;
    const kept = lines.slice(paragraph.start, paragraph.end).filter(() => random.chance(0.4));
    const added = Array.from({ length: 1 + random.below(3) }, () => freshLine(lines, random)).filter((line) => line !== "");
    lines.splice(paragraph.start, paragraph.end - paragraph.start, ...[...kept, ...added].sort(() => random.next() - 0.5));
  },
  function deleteLines(lines, random, near) {
    lines.splice(position(lines, random, near), 1 + (random.chance(0.3) ? random.below(3) : 0));
  },
  function insertLine(lines, random, near) {
    lines.splice(position(lines, random, near), 0, freshLine(lines, random));
  },
  function rewriteLine(lines, random, near) {
    const at = position(lines, random, near);
    lines[at] = random.chance(0.5) ? `${lines[at]}（已核实）` : lines[at].replace(/[\p{L}\p{N}]+/u, "改");
  },
  function insertBlank(lines, random, near) {
    lines.splice(position(lines, random, near), 0, "");
  },
  function deleteBlank(lines, random, near) {
    const blanks = lines.map((line, index) => (line === "" && index < lines.length - 1 ? index : -1)).filter((index) => index >= 0);
    if (blanks.length) lines.splice(random.chance(0.5) ? random.pick(blanks) : (blanks.find((index) => index >= near) ?? blanks[0]), 1);
  },
  function duplicateLine(lines, random, near) {
    const at = position(lines, random, near);
    lines.splice(random.chance(0.5) ? at + 1 : random.below(lines.length), 0, lines[at]);
  },
  function moveLine(lines, random, near) {
    const [moved] = lines.splice(position(lines, random, near), 1);
    lines.splice(random.below(lines.length + 1), 0, moved);
  },
  function editStart(lines, random) {
    if (random.chance(0.5)) lines.splice(0, 1 + random.below(2));
    else lines.unshift(freshLine(lines, random));
  },
  function editEnd(lines, random) {
    const choice = random.below(4);
    if (choice === 0) lines.splice(lines.length - 1, 0, freshLine(lines, random));
    else if (choice === 1) lines.splice(Math.max(0, lines.length - 2 - random.below(2)), 1);
    else if (choice === 2 && lines[lines.length - 1] === "") lines.pop();
    else lines.push("");
  },
];

function edited(text: string, random: SeededRandom, near: number, count: number) {
  const lines = text.split("\n");
  for (let step = 0; step < count; step++) {
    if (random.chance(0.01)) return "";
    if (lines.length === 0) lines.push("");
    random.pick(EDITS)(lines, random, near);
  }
  return lines.join("\n");
}

/**
 * A base and two concurrent edits of it (mine, and the one saved in between), shaped like
 * wiki edits: paragraphs and lines deleted, added, rewritten, duplicated or moved, blank
 * lines, the start and end of the page, the final newline, empty results, and sometimes
 * the same edit made on both sides. Edits cluster around one spot half the time.
 */
export function concurrentEdits(pages: string[], random: SeededRandom) {
  let base = random.pick(pages);
  if (random.chance(0.2)) base = edited(base, random, random.below(80), 1 + random.below(2));
  const near = random.below(Math.max(1, base.split("\n").length));
  const sharedSeed = random.below(2 ** 31);
  const sharedFirst = random.chance(0.15);
  const side = () => {
    const start = sharedFirst ? edited(base, new SeededRandom(sharedSeed), near, 1) : base;
    return edited(start, random, near, 1 + random.below(3));
  };
  const mine = side();
  const current = random.chance(0.05) ? mine : side();
  return { base, mine, current };
}
