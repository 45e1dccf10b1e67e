"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { cacheTags } from "@/db/cache-tags";
import { currentUser } from "@/lib/auth/current-user";
import { clientAddress, hashAddress } from "@/lib/http/client-address";
import type { SmallActionState } from "@/lib/moderation/actions";
import { decideFollowUp } from "./moderation";
import type { FollowUpFormState } from "./form-state";
import { followUpInputFromForm } from "./schema";
import { addFollowUp, type FollowUpAccess } from "./service";

function echoValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ["method", "refundAmount", "note"]) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/**
 * Adds one follow-up from the private page. The report is found from the link's token, or
 * from the signed-in author's account (checked here, on the server, whatever the page showed).
 */
export async function addFollowUpAction(previous: FollowUpFormState, form: FormData): Promise<FollowUpFormState> {
  const done = (patch: Partial<FollowUpFormState>): FollowUpFormState => ({
    errors: {},
    values: echoValues(form),
    ...patch,
    submissions: previous.submissions + 1,
  });
  const token = form.get("token");
  const reportId = form.get("reportId");
  const access: FollowUpAccess | null =
    typeof token === "string" && token
      ? { token }
      : typeof reportId === "string" && reportId
        ? { reportId, user: await currentUser() }
        : null;
  if (!access) return done({ errors: { form: "invalid_link" } });
  let result;
  try {
    const honeypot = form.get("website");
    result = await addFollowUp({
      access,
      payload: followUpInputFromForm(form),
      sourceHash: hashAddress(clientAddress(await headers())),
      honeypot: typeof honeypot === "string" ? honeypot : "",
    });
  } catch (error) {
    // never the token in a log line: only what went wrong
    console.error("addFollowUpAction failed", error instanceof Error ? error.message : "unknown error");
    return done({ errors: { form: "server" } });
  }
  if (!result.ok) return done({ errors: result.code === "invalid" ? result.fields : { form: result.code } });
  // read-your-own-writes: the report's page, its operator's figures and feed
  updateTag(cacheTags.report(result.report.id));
  updateTag(cacheTags.operator(result.report.operator));
  updateTag(cacheTags.reports);
  return done({ values: {}, added: { status: result.status === "published" ? "published" : "pending", held: result.status === "pending" && !result.silent } });
}

/** Approve or reject a held follow-up from /moderation; the server checks the role, never the UI. */
export async function decideFollowUpAction(previous: SmallActionState, form: FormData): Promise<SmallActionState> {
  const done = (patch: Omit<SmallActionState, "submissions">) => ({ ...patch, submissions: previous.submissions + 1 });
  const id = String(form.get("followUpId") ?? "");
  const result = await decideFollowUp({ user: await currentUser(), id, payload: { action: form.get("action"), reason: form.get("reason") ?? "" } });
  if (result.kind === "denied") return done({ error: result.status === 401 ? "signed_out" : "forbidden" });
  if (result.kind === "invalid") return done({ error: Object.values(result.fields)[0] });
  if (result.kind === "not_found") return done({ error: "not_found" });
  updateTag(cacheTags.report(result.reportId));
  updateTag(cacheTags.operator(result.operator));
  updateTag(cacheTags.reports);
  return done({ ok: true });
}
