import { z } from "zod";
import { POLICY_KINDS, POLICY_STATUSES, POLICY_VOTE_CHOICES } from "@/lib/domain";
import { detectContactSpam } from "@/lib/moderation/spam";
import { safeString } from "@/lib/text";
import { isFullAddress } from "./links";

/** Error codes are keys of the "FactForm.errors" and "FactVote.errors" messages. */

export const FACT_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const VOTE_NOTE_MAX = 300;
const URL_MAX = 500;

const optionalUrl = safeString("invalid_text")
  .trim()
  .max(URL_MAX, "url_too_long")
  .default("")
  .refine((url) => url === "" || isFullAddress(url), "not_full_address")
  .transform((url) => url || null);

/** "Still true?": confirm, or dispute with a short note and, if there is one, a source. */
export const voteSchema = z
  .object({
    choice: z.enum(POLICY_VOTE_CHOICES, { error: "invalid_choice" }),
    note: safeString("invalid_text").trim().max(VOTE_NOTE_MAX, "note_too_long").default(""),
    sourceUrl: optionalUrl,
  })
  .superRefine((vote, ctx) => {
    if (vote.choice === "dispute" && vote.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "note_required" });
    // notes reach moderators only, but an advert is still no note; links belong in the source field
    else if (vote.note && detectContactSpam(vote.note).held) ctx.addIssue({ code: "custom", path: ["note"], message: "note_contact" });
  });

const isoDate = z
  .string({ error: "invalid_date" })
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, "invalid_date");
const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || isoDate.safeParse(value).success, "invalid_date")
  .transform((value) => value || null);
const text = (max: number) => safeString("required").trim().min(1, "required").max(max, "too_long");

/** Everything a moderator sets on a fact, the same for a new fact and a re-check. */
const factFields = {
  date: isoDate,
  dateEnd: optionalDate,
  kind: z.enum(POLICY_KINDS, { error: "invalid_choice" }),
  status: z.enum(POLICY_STATUSES, { error: "invalid_choice" }),
  operator: z
    .string()
    .trim()
    .default("")
    .transform((value) => value || null),
  titleZh: text(200),
  titleEn: text(200),
  summaryZh: text(2000),
  summaryEn: text(2000),
  affectsZh: text(300),
  affectsEn: text(300),
  sourceName: text(200),
  sourceDate: isoDate,
  sourceUrl: optionalUrl,
  lastChecked: isoDate,
  checkAfter: optionalDate,
  reason: text(500),
};

type FactFields = z.infer<z.ZodObject<typeof factFields>>;

function factRules(fact: FactFields, ctx: z.RefinementCtx) {
  if (fact.dateEnd && fact.dateEnd <= fact.date) ctx.addIssue({ code: "custom", path: ["dateEnd"], message: "end_before_start" });
  if (fact.checkAfter && fact.checkAfter <= fact.lastChecked) ctx.addIssue({ code: "custom", path: ["checkAfter"], message: "check_after_too_early" });
  if (fact.kind === "operator_notice" && !fact.operator) ctx.addIssue({ code: "custom", path: ["operator"], message: "operator_required" });
  if (fact.kind !== "operator_notice" && fact.operator) ctx.addIssue({ code: "custom", path: ["operator"], message: "operator_only_for_notices" });
}

export const factEditSchema = z.object({ ...factFields, baseRevision: z.coerce.number({ error: "invalid" }).int().min(1) }).superRefine(factRules);
export const factCreateSchema = z
  .object({ ...factFields, id: z.string().trim().regex(FACT_ID, "invalid_id") })
  .superRefine(factRules);

export type FactCreateInput = z.infer<typeof factCreateSchema>;

/** Retiring a fact: why, and (if known) the day it stopped applying. */
export const supersedeSchema = z.object({
  baseRevision: z.coerce.number({ error: "invalid" }).int().min(1),
  dateEnd: optionalDate,
  reason: text(500),
});
