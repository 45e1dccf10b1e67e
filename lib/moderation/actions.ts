"use server";

import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { currentUser } from "@/lib/auth/current-user";
import { decideFollowUp } from "@/lib/follow-ups/moderation";
import { formString, UNAVAILABLE, unlessUnavailable, type SmallFormState } from "@/lib/forms";
import { clientAddress } from "@/lib/http/client-address";
import { flagReportAsReader } from "./flags";
import { flagSchema } from "./schema";
import { decideReport, decisionTags, type DecideHeld } from "./service";

const answer = (previous: SmallFormState, patch: Omit<SmallFormState, "submissions">): SmallFormState => ({ ...patch, submissions: previous.submissions + 1 });

export async function flagReportAction(previous: SmallFormState, form: FormData): Promise<SmallFormState> {
  const parsed = flagSchema.safeParse({ reason: form.get("reason") });
  if (!parsed.success) return answer(previous, { error: parsed.error.issues[0].message });
  const reportId = formString(form, "reportId");
  const address = clientAddress(await headers());
  // the database being away: the reader keeps what they typed and is told so
  const result = await unlessUnavailable(
    async () => flagReportAsReader({ reportId, userId: (await currentUser())?.id ?? null, address, reason: parsed.data.reason }),
    () => null,
  );
  if (!result) return answer(previous, { error: UNAVAILABLE });
  if (result.kind === "not_found") return answer(previous, { error: "not_found" });
  if (result.kind === "rate_limited") return answer(previous, { error: "flag_rate_limited" });
  // no updateTag here: the reader keeps the page they flagged (with its thank-you); readers
  // after them get the report's new state from the database's invalidation log
  return answer(previous, { ok: true });
}

/** A decision from /moderation; the server checks the role, never the UI. */
async function decide(decideHeld: DecideHeld, previous: SmallFormState, form: FormData): Promise<SmallFormState> {
  const result = await decideHeld({ user: await currentUser(), id: formString(form, "id"), payload: { action: form.get("action"), reason: form.get("reason") ?? "" } });
  if (result.kind === "denied") return answer(previous, { error: result.status === 401 ? "signed_out" : "forbidden" });
  if (result.kind === "invalid") return answer(previous, { error: Object.values(result.fields)[0] });
  if (result.kind === "not_found") return answer(previous, { error: "not_found" });
  for (const tag of decisionTags(result)) updateTag(tag);
  return answer(previous, { ok: true });
}

/** Approve or reject a held report. */
export async function decideReportAction(previous: SmallFormState, form: FormData): Promise<SmallFormState> {
  return decide(decideReport, previous, form);
}

/** Approve or reject a held follow-up. */
export async function decideFollowUpAction(previous: SmallFormState, form: FormData): Promise<SmallFormState> {
  return decide(decideFollowUp, previous, form);
}
