"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { reportTags } from "@/db/cache-tags";
import { currentUser } from "@/lib/auth/current-user";
import { formString, nextFormState } from "@/lib/forms";
import { clientAddress, hashAddress } from "@/lib/http/client-address";
import type { FollowUpFormState } from "./form-state";
import { followUpInputFromForm } from "./schema";
import { addFollowUp, type FollowUpAccess } from "./service";

// what the author typed, shown again after a refused send (never the link's token)
const echoValues = (form: FormData) => ({ method: formString(form, "method"), refundAmount: formString(form, "refundAmount"), note: formString(form, "note") });

/**
 * Adds one follow-up from the private page. The report is found from the link's token, or
 * from the signed-in author's account (checked here, on the server, whatever the page showed).
 */
export async function addFollowUpAction(previous: FollowUpFormState, form: FormData): Promise<FollowUpFormState> {
  const done = (patch: Partial<FollowUpFormState>) => nextFormState(previous, { errors: {}, values: echoValues(form), ...patch });
  const token = formString(form, "token");
  const reportId = formString(form, "reportId");
  const access: FollowUpAccess | null = token ? { token } : reportId ? { reportId, user: await currentUser() } : null;
  if (!access) return done({ errors: { form: "invalid_link" } });
  let result;
  try {
    result = await addFollowUp({
      access,
      payload: followUpInputFromForm(form),
      sourceHash: hashAddress(clientAddress(await headers())),
      honeypot: formString(form, "website"),
    });
  } catch (error) {
    // never the token in a log line: only what went wrong
    console.error("addFollowUpAction failed", error instanceof Error ? error.message : "unknown error");
    return done({ errors: { form: "server" } });
  }
  if (!result.ok) return done({ errors: result.code === "invalid" ? result.fields : { form: result.code } });
  // read-your-own-writes: the report's page, its operator's figures and feed
  for (const tag of reportTags(result.report)) updateTag(tag);
  return done({ values: {}, added: { status: result.status === "published" ? "published" : "pending", held: result.status === "pending" && !result.silent } });
}
