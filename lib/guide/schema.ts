import { z } from "zod";
import { GUIDE_LOCALES } from "@/lib/domain";

export const GUIDE_BODY_MAX = 100_000;

export const guideEditSchema = z.object({
  locale: z.enum(GUIDE_LOCALES, { error: "invalid_choice" }),
  baseRevisionId: z.coerce.number({ error: "invalid_base" }).int("invalid_base").positive("invalid_base"),
  title: z.string({ error: "title_required" }).trim().min(1, "title_required").max(200, "title_too_long").optional(),
  body: z.string({ error: "body_required" }).max(GUIDE_BODY_MAX, "body_too_long").refine((b) => b.trim().length > 0, "body_required"),
  summary: z.string({ error: "invalid_text" }).trim().max(300, "summary_too_long").default(""),
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
  title: z.string({ error: "title_required" }).trim().min(1, "title_required").max(200, "title_too_long"),
  summary: z.string().trim().max(300, "summary_too_long").default(""),
  body: z.string({ error: "body_required" }).max(GUIDE_BODY_MAX, "body_too_long").refine((b) => b.trim().length > 0, "body_required"),
});
