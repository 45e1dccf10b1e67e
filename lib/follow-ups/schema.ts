import { z } from "zod";
import { CLOSURE_CHECKS, FOLLOW_UP_KINDS, FOLLOW_UP_NOTE_MAX, REFUND_AMOUNT_MAX } from "@/lib/domain";
import { formString } from "@/lib/forms";
import { enumOf, safeString } from "@/lib/text";

/**
 * One follow-up: its kind, how a closure was checked (required for "confirmed closed"), the
 * refunded amount (optional, "balance refunded" only) and a short note. Fields that do not
 * belong to the kind are dropped, not refused: a form keeps them in hidden inputs.
 */
export const followUpInputSchema = z
  .object({
    kind: enumOf(FOLLOW_UP_KINDS),
    method: enumOf(CLOSURE_CHECKS).nullish(),
    refundAmount: z
      .number({ error: "invalid_amount" })
      .int("invalid_amount")
      .min(0, "invalid_amount")
      .max(REFUND_AMOUNT_MAX, "invalid_amount")
      .nullish(),
    note: safeString("invalid_text")
      .default("")
      .transform((note) => note.replace(/\r\n?/g, "\n").trim())
      .refine((note) => [...note].length <= FOLLOW_UP_NOTE_MAX, "note_too_long"),
  })
  .refine((input) => input.kind !== "confirmed_closed" || Boolean(input.method), { path: ["method"], message: "method_required" })
  .transform((input) => ({
    kind: input.kind,
    method: input.kind === "confirmed_closed" ? (input.method ?? null) : null,
    refundAmount: input.kind === "balance_refunded" ? (input.refundAmount ?? null) : null,
    note: input.note,
  }));

/** The form posts strings; the amount may carry spaces or a currency sign people type. */
export function followUpInputFromForm(form: FormData) {
  const text = (name: string) => formString(form, name).trim();
  const amount = text("refundAmount").replace(/[\s\u00a0₽]|руб\.?|rub|卢布/gi, "");
  return {
    kind: text("kind") || undefined,
    method: text("method") || undefined,
    refundAmount: amount === "" ? undefined : /^\d+$/.test(amount) ? Number(amount) : Number.NaN,
    note: formString(form, "note"),
  };
}
