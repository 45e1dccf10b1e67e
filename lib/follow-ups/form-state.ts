import type { FormState } from "@/lib/forms";

/** What a follow-up form shows after a send: the form's state, and what became of an added follow-up. */
export type FollowUpFormState = FormState & { added?: { status: "published" | "pending"; held: boolean } };
