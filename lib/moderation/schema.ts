import { z } from "zod";
import { safeString } from "@/lib/text";

export const flagSchema = z.object({
  reason: safeString("flag_reason_required").trim().min(1, "flag_reason_required").max(500, "flag_reason_too_long"),
});

export const moderationDecisionSchema = z.object({
  action: z.enum(["approve", "reject"], { error: "invalid_choice" }),
  reason: safeString("invalid_text").trim().max(500, "flag_reason_too_long").default(""),
});
