import { z } from "zod";
import { GUIDE_LOCALES } from "@/lib/domain";
import { INT32_MAX, safeString } from "@/lib/text";

export const GUIDE_BODY_MAX = 100_000;

const revisionId = (code: string) => z.coerce.number({ error: code }).int(code).positive(code).max(INT32_MAX, code);
const body = safeString("body_required").max(GUIDE_BODY_MAX, "body_too_long").refine((b) => b.trim().length > 0, "body_required");
const title = safeString("title_required").trim().min(1, "title_required").max(200, "title_too_long");
const summary = safeString("invalid_text").trim().max(300, "summary_too_long").default("");

export const guideEditSchema = z.object({
  locale: z.enum(GUIDE_LOCALES, { error: "invalid_choice" }),
  baseRevisionId: revisionId("invalid_base"),
  title: title.optional(),
  body,
  summary,
});

export type GuideEditInput = z.output<typeof guideEditSchema>;

export const guideCreateSchema = z.object({
  slug: z
    .string({ error: "slug_invalid" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,99}$/, "slug_invalid")
    .refine((slug) => slug !== "new", "slug_taken"),
  locale: z.enum(GUIDE_LOCALES, { error: "invalid_choice" }),
  title,
  summary,
  body,
});

/** A slug in a URL: anything else is not a page of this site. */
export const GUIDE_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
