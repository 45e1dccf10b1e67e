"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { cacheTags } from "@/db/cache-tags";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { echo, formLocale, formString, nextFormState, type FormState } from "@/lib/forms";
import { clientAddress } from "@/lib/http/client-address";
import { createFact, recheckFact, supersedeFact, voteOnFact, type FactChangeResult } from "./service";

/** A vote's form: its state (error codes are keys of FactVote.errors), and what came of the vote. */
export type VoteState = FormState<{ note: string; sourceUrl: string }> & {
  /** what the reader is told after a vote that went through */
  result?: "thanks_confirm" | "thanks_dispute" | "already_voted";
  choice?: string;
};

/** A fact's tags: the pages citing it and the timeline (read-your-own-writes for the voter). */
function refreshFact(id: string) {
  updateTag(cacheTags.fact(id));
  updateTag(cacheTags.policy);
}

export async function voteOnFactAction(previous: VoteState, form: FormData): Promise<VoteState> {
  const values = { note: formString(form, "note"), sourceUrl: formString(form, "sourceUrl") };
  const choice = formString(form, "choice");
  const done = (patch: Partial<VoteState>) => nextFormState(previous, { errors: {}, values, choice, ...patch });
  const factId = formString(form, "factId");
  const revisionText = formString(form, "revision");
  const user = await currentUser();
  const result = await voteOnFact({
    factId,
    seenRevision: /^\d{1,9}$/.test(revisionText) ? Number(revisionText) : 0,
    userId: user?.id ?? null,
    address: clientAddress(await headers()),
    payload: { choice, ...values },
  });
  switch (result.kind) {
    case "invalid":
      return done({ errors: result.fields.choice ? { ...result.fields, form: "invalid_choice" } : result.fields });
    case "rate_limited":
      return done({ errors: { form: "rate_limited" } });
    case "not_found":
    case "closed":
    case "stale":
      return done({ errors: { form: result.kind } });
    case "voted":
      if (!result.counted) return done({ result: "already_voted" });
      refreshFact(factId);
      return done({ result: choice === "dispute" ? "thanks_dispute" : "thanks_confirm", values: { note: "", sourceUrl: "" } });
  }
}

/** Where a moderator's change leaves them, or the form again with what went wrong. */
function afterChange(result: FactChangeResult, previous: FormState, form: FormData, notice: string): FormState {
  const fail = (errors: Record<string, string>) => nextFormState(previous, { errors, values: echo(form) });
  switch (result.kind) {
    case "denied":
      return fail({ form: result.status === 401 ? "signed_out" : "forbidden" });
    case "invalid":
      return fail(result.fields);
    case "not_found":
      return fail({ form: "not_found" });
    case "moved":
      return fail({ form: "moved" });
    case "saved":
      refreshFact(result.id);
      redirect({ href: { pathname: `/policy/${result.id}`, query: { fact: notice } }, locale: formLocale(form) });
      return previous;
  }
}

export async function recheckFactAction(previous: FormState, form: FormData): Promise<FormState> {
  const result = await recheckFact({ user: await currentUser(), id: formString(form, "id"), payload: Object.fromEntries(form.entries()) });
  return afterChange(result, previous, form, "rechecked");
}

export async function supersedeFactAction(previous: FormState, form: FormData): Promise<FormState> {
  const result = await supersedeFact({ user: await currentUser(), id: formString(form, "id"), payload: Object.fromEntries(form.entries()) });
  return afterChange(result, previous, form, "superseded");
}

export async function createFactAction(previous: FormState, form: FormData): Promise<FormState> {
  const result = await createFact({ user: await currentUser(), payload: Object.fromEntries(form.entries()) });
  return afterChange(result, previous, form, "created");
}
