/** What a follow-up form shows after a send: field and form error codes, what was typed, the outcome. */
export type FollowUpFormState = {
  errors: Record<string, string>;
  values: Record<string, string>;
  submissions: number;
  added?: { status: "published" | "pending"; held: boolean };
};

export const initialFollowUpFormState: FollowUpFormState = { errors: {}, values: {}, submissions: 0 };
