import { z } from "zod";

export const flagSchema = z.object({
  reason: z.string({ error: "flag_reason_required" }).trim().min(1, "flag_reason_required").max(500, "flag_reason_too_long"),
});

export const moderationDecisionSchema = z.object({
  action: z.enum(["approve", "reject"], { error: "invalid_choice" }),
  reason: z.string({ error: "invalid_text" }).trim().max(500, "flag_reason_too_long").default(""),
});
