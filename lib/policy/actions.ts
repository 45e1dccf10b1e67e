"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { cacheTags } from "@/db/cache-tags";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { echo } from "@/lib/forms";
import { clientAddress } from "@/lib/http/client-address";
import { createFact, recheckFact, supersedeFact, voteOnFact, type FactChangeResult } from "./service";

export type VoteState = {
  /** what the reader is told after a vote that went through */
  result?: "thanks_confirm" | "thanks_dispute" | "already_voted";
  /** a problem with the whole vote, or a field's error code (keys of FactVote.errors) */
  error?: string;
  fields: Record<string, string>;
  values: { note: string; sourceUrl: string };
  choice?: string;
  submissions: number;
};

/** A fact's tags: the pages citing it and the timeline (read-your-own-writes for the voter). */
function refreshFact(id: string) {
  updateTag(cacheTags.fact(id));
  updateTag(cacheTags.policy);
}

export async function voteOnFactAction(previous: VoteState, form: FormData): Promise<VoteState> {
  const values = { note: String(form.get("note") ?? ""), sourceUrl: String(form.get("sourceUrl") ?? "") };
  const choice = String(form.get("choice") ?? "");
  const done = (patch: Partial<VoteState>): VoteState => ({ fields: {}, values, choice, submissions: previous.submissions + 1, ...patch });
  const factId = String(form.get("factId") ?? "");
  const revisionText = String(form.get("revision") ?? "");
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
      return done({ fields: result.fields, error: result.fields.choice ? "invalid_choice" : undefined });
    case "rate_limited":
      return done({ error: "rate_limited" });
    case "not_found":
    case "closed":
    case "stale":
      return done({ error: result.kind });
    case "voted":
      if (!result.counted) return done({ result: "already_voted" });
      refreshFact(factId);
      return done({ result: choice === "dispute" ? "thanks_dispute" : "thanks_confirm", values: { note: "", sourceUrl: "" } });
  }
}

export type FactFormState = { errors: Record<string, string>; values: Record<string, string>; submissions: number };

/** Where a moderator's change leaves them, or the form again with what went wrong. */
function afterChange(result: FactChangeResult, previous: FactFormState, form: FormData, locale: string, notice: string): FactFormState {
  const fail = (errors: Record<string, string>) => ({ errors, values: echo(form), submissions: previous.submissions + 1 });
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
      redirect({ href: { pathname: `/policy/${result.id}`, query: { fact: notice } }, locale });
      return previous;
  }
}

const localeOf = (form: FormData) => (form.get("locale") === "en" ? "en" : "zh");

export async function recheckFactAction(previous: FactFormState, form: FormData): Promise<FactFormState> {
  const id = String(form.get("id") ?? "");
  const result = await recheckFact({ user: await currentUser(), id, payload: Object.fromEntries(form.entries()) });
  return afterChange(result, previous, form, localeOf(form), "rechecked");
}

export async function supersedeFactAction(previous: FactFormState, form: FormData): Promise<FactFormState> {
  const id = String(form.get("id") ?? "");
  const result = await supersedeFact({ user: await currentUser(), id, payload: Object.fromEntries(form.entries()) });
  return afterChange(result, previous, form, localeOf(form), "superseded");
}

export async function createFactAction(previous: FactFormState, form: FormData): Promise<FactFormState> {
  const result = await createFact({ user: await currentUser(), payload: Object.fromEntries(form.entries()) });
  return afterChange(result, previous, form, localeOf(form), "created");
}
