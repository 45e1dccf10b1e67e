import type { PolicySnapshot } from "@/db/schema";

/** The fact form's fields, named like the schema's keys (lib/policy/schema.ts): a snapshot laid flat. */
const FACT_FORM_FIELDS = [
  "date",
  "dateEnd",
  "kind",
  "status",
  "operator",
  "titleZh",
  "titleEn",
  "summaryZh",
  "summaryEn",
  "affectsZh",
  "affectsEn",
  "sourceName",
  "sourceDate",
  "sourceUrl",
  "lastChecked",
  "checkAfter",
] as const;

export type FactFormValues = Record<(typeof FACT_FORM_FIELDS)[number], string>;

/** A new fact's form: a law in force, checked today, the rest to fill in. */
export function newFactFormValues(today: string): FactFormValues {
  const blank = Object.fromEntries(FACT_FORM_FIELDS.map((field) => [field, ""])) as FactFormValues;
  return { ...blank, kind: "law", status: "in_force", lastChecked: today };
}

/** A fact as the form shows it: what is not known is an empty field. */
export function factFormValues(fact: PolicySnapshot): FactFormValues {
  return {
    date: fact.date,
    dateEnd: fact.dateEnd ?? "",
    kind: fact.kind,
    status: fact.status,
    operator: fact.operator ?? "",
    titleZh: fact.title.zh,
    titleEn: fact.title.en,
    summaryZh: fact.summary.zh,
    summaryEn: fact.summary.en,
    affectsZh: fact.affects.zh,
    affectsEn: fact.affects.en,
    sourceName: fact.source.name,
    sourceDate: fact.source.date,
    sourceUrl: fact.source.url ?? "",
    lastChecked: fact.lastChecked,
    checkAfter: fact.checkAfter ?? "",
  };
}
