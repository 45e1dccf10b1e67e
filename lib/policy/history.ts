import type { PolicySnapshot } from "@/db/schema";

export type SnapshotField = "date" | "dateEnd" | "kind" | "status" | "operator" | "title" | "summary" | "affects" | "source" | "checkAfter";
export type SnapshotChange = { field: SnapshotField; language?: "zh" | "en"; before: string; after: string };

const plain: Array<Exclude<SnapshotField, "title" | "summary" | "affects" | "source">> = ["kind", "status", "date", "dateEnd", "operator", "checkAfter"];
const bilingual = ["title", "summary", "affects"] as const;

const sourceText = (s: PolicySnapshot["source"]) => [s.name, s.date, s.url].filter(Boolean).join(", ");

/**
 * What a revision changed against the one before, field by field (each language of a
 * bilingual field on its own). The check date is left out: every re-check moves it, and the
 * history shows it on each revision anyway.
 */
export function snapshotChanges(before: PolicySnapshot, after: PolicySnapshot): SnapshotChange[] {
  // what the rule says first, then what it is and when, then where it comes from
  const changes: SnapshotChange[] = [];
  for (const field of bilingual) {
    for (const language of ["zh", "en"] as const) {
      if (before[field][language] !== after[field][language]) changes.push({ field, language, before: before[field][language], after: after[field][language] });
    }
  }
  for (const field of plain) {
    if (before[field] !== after[field]) changes.push({ field, before: before[field] ?? "", after: after[field] ?? "" });
  }
  if (sourceText(before.source) !== sourceText(after.source)) changes.push({ field: "source", before: sourceText(before.source), after: sourceText(after.source) });
  return changes;
}
