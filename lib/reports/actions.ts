"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { reportTags } from "@/db/cache-tags";
import { isDatabaseUnavailable } from "@/db/errors";
import { localizedPath } from "@/i18n/paths";
import { currentUser } from "@/lib/auth/current-user";
import { followUpPath } from "@/lib/follow-ups/paths";
import { siteUrl } from "@/lib/http/site-url";
import { clientAddress, hashAddress } from "@/lib/http/client-address";
import { formLocale, formStrings, formString, formText, isPlainFormPost, nextFormState, UNAVAILABLE } from "@/lib/forms";
import { logWarn } from "@/lib/log";
import { formFillTime } from "@/lib/moderation/form-ticket";
import { reportInputFromForm } from "./schema";
import { submitReport } from "./submit";
import type { ReportFormState, ReportFormValues } from "./form-state";

function echoValues(form: FormData): ReportFormValues {
  const text = (name: keyof ReportFormValues) => formString(form, name);
  return {
    operator: text("operator"),
    channel: text("channel"),
    outcome: text("outcome"),
    attemptedMonth: text("attemptedMonth"),
    daysToComplete: text("daysToComplete"),
    location: text("location"),
    registeredTo: text("registeredTo"),
    documents: formStrings(form, "documents"),
    balanceRefunded: text("balanceRefunded"),
    story: text("story"),
    displayName: text("displayName"),
  };
}

/** The report form's action: the same validation and insert as POST /api/v1/reports. */
export async function submitReportAction(previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const locale = formLocale(form);
  const payload = reportInputFromForm(form, locale);
  const requestHeaders = await headers();
  const refused = (errors: Record<string, string>) => nextFormState(previous, { errors, values: echoValues(form) });
  let result;
  let member = false;
  try {
    const user = await currentUser();
    member = Boolean(user);
    result = await submitReport({
      payload,
      userId: user?.id ?? null,
      sourceHash: hashAddress(clientAddress(requestHeaders)),
      bot: {
        honeypot: formText(form, "website"),
        fillTimeMs: formFillTime({ idempotencyKey: formText(form, "idempotencyKey"), renderedAt: formText(form, "renderedAt"), signature: formText(form, "ticketSignature") }),
      },
    });
  } catch (error) {
    // the database being away is expected now and then: say so, keep what was typed
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) logWarn("database unavailable: report form kept its input", { requestId: requestHeaders.get("x-request-id") ?? undefined });
    else console.error("submitReportAction failed", error);
    return refused({ form: unavailable ? UNAVAILABLE : "server" });
  }
  if (!result.ok) return refused(result.code === "invalid" ? result.fields : { form: result.code === "rate_limited" ? "rate_limited" : "duplicate_story" });
  // a second send of the same form (its idempotency key) keeps the first answer, link and all
  if (!result.created && previous.posted?.id === result.id) return previous;
  // read-your-own-writes: the figures and lists this report joins are fresh on the next page
  for (const tag of reportTags(result)) updateTag(tag);
  // without JavaScript the thank-you cannot be rendered in place: the browser goes to the
  // author's private follow-up page (its address is the link to keep), or, for a resend of a
  // stored form, to the report
  if (isPlainFormPost(requestHeaders)) {
    redirect(result.followUpToken ? `${followUpPath(locale, result.followUpToken)}?posted=1` : localizedPath(locale, `/reports/${result.id}`));
  }
  return nextFormState(previous, {
    ...previous,
    errors: {},
    posted: {
      id: result.id,
      status: result.status === "published" ? "published" : "pending",
      // a kind word for a held report; a bot's silent hold looks like any other submission
      held: result.status === "pending" && !result.silent,
      member,
      followUp: result.followUpToken
        ? { url: siteUrl(followUpPath(locale, result.followUpToken)), attemptedMonth: result.attemptedMonth, issuedAt: new Date().toISOString() }
        : null,
    },
  });
}
