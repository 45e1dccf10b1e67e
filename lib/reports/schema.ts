import { z } from "zod";
import {
  BALANCE_REFUNDED,
  CHANNELS,
  DOCUMENTS,
  LOCATIONS,
  OUTCOMES,
  REGISTERED_TO,
  REPORT_LANGUAGES,
  DAYS_MAX,
  DISPLAY_NAME_MAX,
  STORY_MAX,
} from "@/lib/domain";
import { formStrings, formText } from "@/lib/forms";
import { enumOf, safeString } from "@/lib/text";

/** The latest month anyone on Earth can be in right now (UTC+14), as YYYY-MM. */
export function latestAllowedMonth(now = new Date()) {
  const ahead = new Date(now.getTime() + 14 * 3600 * 1000);
  return `${ahead.getUTCFullYear()}-${String(ahead.getUTCMonth() + 1).padStart(2, "0")}`;
}

const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  enumOf(values).nullish().transform((value) => value ?? null);

/**
 * Issue messages are codes (see messages/*.json → Errors); the form shows them in the
 * reader's language, the API in English.
 */
export const reportInputSchema = z.object({
  operator: z
    .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid_choice") })
    .trim()
    .min(1, "required")
    .max(40, "invalid_choice")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "invalid_choice"),
  channel: enumOf(CHANNELS),
  outcome: enumOf(OUTCOMES),
  attemptedMonth: z
    .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid_month") })
    .trim()
    .min(1, "required")
    .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, "invalid_month")
    .refine((month) => month >= "2000-01", "too_early_month")
    .refine((month) => month <= latestAllowedMonth(), "future_month"),
  daysToComplete: z
    .number({ error: "invalid_days" })
    .int("invalid_days")
    .min(0, "invalid_days")
    .max(DAYS_MAX, "invalid_days")
    .nullish()
    .transform((value) => value ?? null),
  location: enumOf(LOCATIONS),
  registeredTo: optionalEnum(REGISTERED_TO),
  documents: z
    .array(enumOf(DOCUMENTS), { error: "invalid_choice" })
    .max(DOCUMENTS.length, "invalid_choice")
    .default([])
    .transform((documents) => [...new Set(documents)])
    .refine((documents) => !(documents.includes("none") && documents.length > 1), "none_exclusive"),
  balanceRefunded: z
    .union([z.boolean(), enumOf(BALANCE_REFUNDED)], { error: "invalid_choice" })
    .nullish()
    .transform((value) => (value === true ? "yes" : value === false ? "no" : (value ?? null))),
  story: safeString("invalid_text")
    .default("")
    .transform((story) => story.replace(/\r\n?/g, "\n").trim())
    // code points, as PostgreSQL's char_length counts them
    .refine((story) => [...story].length <= STORY_MAX, "story_too_long"),
  language: enumOf(REPORT_LANGUAGES).default("zh"),
  displayName: safeString("invalid_text")
    .trim()
    .max(DISPLAY_NAME_MAX, "name_too_long")
    .nullish()
    .transform((name) => (name ? name : null)),
  idempotencyKey: z
    .string({ error: "invalid_key" })
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/, "invalid_key")
    .optional(),
});

/** The form posts strings; turn them into the JSON shape the API takes. */
export function reportInputFromForm(form: FormData, language: string) {
  const text = (name: string) => formText(form, name);
  const optional = (name: string) => {
    const value = text(name)?.trim();
    return value ? value : undefined;
  };
  const days = optional("daysToComplete");
  return {
    operator: text("operator") ?? "",
    channel: optional("channel"),
    outcome: optional("outcome"),
    attemptedMonth: text("attemptedMonth") ?? "",
    daysToComplete: days === undefined ? undefined : /^\d+$/.test(days) ? Number(days) : Number.NaN,
    location: optional("location"),
    registeredTo: optional("registeredTo"),
    documents: formStrings(form, "documents"),
    balanceRefunded: optional("balanceRefunded"),
    story: text("story") ?? "",
    language,
    displayName: text("displayName"),
    idempotencyKey: optional("idempotencyKey"),
  };
}
