import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Hunk } from "@/lib/guide/diff3/gnu-diff";

export type Diff3Outcome = { clean: true; text: string } | { clean: false };

/** GNU diff and diff3 answer --version; anything else (missing, busybox) means no oracle. */
export function hasGnuDiffutils() {
  return ["diff", "diff3"].every((program) => {
    const probe = spawnSync(program, ["--version"], { encoding: "utf8" });
    return probe.status === 0 && probe.stdout.includes("GNU diffutils");
  });
}

function writeTexts(folder: string, texts: Record<string, string>) {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) {
    files[name] = path.join(folder, name);
    writeFileSync(files[name], text);
  }
  return files;
}

/**
 * `diff3 -m -E mine base current` on the texts written byte for byte: exit 0 is a clean
 * merge, 1 a conflict (identical changes on both sides merge, as in git and MediaWiki).
 */
export function gnuDiff3Merge(folder: string, texts: { base: string; current: string; mine: string }): Diff3Outcome {
  const files = writeTexts(folder, texts);
  const run = spawnSync("diff3", ["-m", "-E", files.mine, files.base, files.current], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status === 0) return { clean: true, text: run.stdout };
  if (run.status === 1) return { clean: false };
  throw new Error(`diff3 failed (${run.status}): ${run.stderr}`);
}

/** The hunks of `diff --horizon-lines=100 a b`, the call diff3 makes, as 0-based ranges. */
export function gnuDiffHunks(folder: string, texts: { a: string; b: string }): Hunk[] {
  const files = writeTexts(folder, texts);
  const run = spawnSync("diff", ["--horizon-lines=100", "--", files.a, files.b], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`diff failed (${run.status}): ${run.stderr}`);
  const hunks: Hunk[] = [];
  for (const line of run.stdout.split("\n")) {
    const header = /^(\d+)(?:,(\d+))?([acd])(\d+)(?:,(\d+))?$/.exec(line);
    if (!header) continue;
    const [aFirst, aLast, kind, bFirst, bLast] = [Number(header[1]), Number(header[2] ?? header[1]), header[3], Number(header[4]), Number(header[5] ?? header[4])];
    // "a" and "d" name the line after which the other side's lines go
    hunks.push({
      aStart: kind === "a" ? aFirst : aFirst - 1,
      aEnd: kind === "a" ? aFirst : aLast,
      bStart: kind === "d" ? bFirst : bFirst - 1,
      bEnd: kind === "d" ? bFirst : bLast,
    });
  }
  return hunks;
}
