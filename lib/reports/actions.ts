"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { cacheTags } from "@/db/cache-tags";
import { currentUser } from "@/lib/auth/current-user";
import { followUpPath } from "@/lib/follow-ups/paths";
import { siteUrl } from "@/lib/http/site-url";
import { clientAddress, hashAddress } from "@/lib/http/client-address";
import { isDatabaseUnavailable } from "@/db/errors";
import { UNAVAILABLE } from "@/lib/forms";
import { logWarn } from "@/lib/log";
import { formFillTime } from "@/lib/moderation/form-ticket";
import { reportInputFromForm } from "./schema";
import { submitReport } from "./submit";
import type { ReportFormState, ReportFormValues } from "./form-state";

function echoValues(form: FormData): ReportFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    operator: text("operator"),
    channel: text("channel"),
    outcome: text("outcome"),
    attemptedMonth: text("attemptedMonth"),
    daysToComplete: text("daysToComplete"),
    location: text("location"),
    registeredTo: text("registeredTo"),
    documents: form.getAll("documents").filter((d): d is string => typeof d === "string"),
    balanceRefunded: text("balanceRefunded"),
    story: text("story"),
    displayName: text("displayName"),
  };
}

/** The report form's action: the same validation and insert as POST /api/v1/reports. */
export async function submitReportAction(previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const locale = form.get("locale") === "en" ? "en" : "zh";
  const payload = reportInputFromForm(form, locale);
  const requestHeaders = await headers();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
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
        honeypot: text("website"),
        fillTimeMs: formFillTime({ idempotencyKey: text("idempotencyKey"), renderedAt: text("renderedAt"), signature: text("ticketSignature") }),
      },
    });
  } catch (error) {
    // the database being away is expected now and then: say so, keep what was typed
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) logWarn("database unavailable: report form kept its input", { requestId: requestHeaders.get("x-request-id") ?? undefined });
    else console.error("submitReportAction failed", error);
    return { errors: { form: unavailable ? UNAVAILABLE : "server" }, values: echoValues(form), submissions: previous.submissions + 1 };
  }
  if (!result.ok) {
    const errors = result.code === "invalid" ? result.fields : { form: result.code === "rate_limited" ? "rate_limited" : "duplicate_story" };
    return { errors, values: echoValues(form), submissions: previous.submissions + 1 };
  }
  // a second send of the same form (its idempotency key) keeps the first answer, link and all
  if (!result.created && previous.posted?.id === result.id) return previous;
  // read-your-own-writes: the figures and lists this report joins are fresh on the next page
  updateTag(cacheTags.reports);
  updateTag(cacheTags.operator(result.operator));
  updateTag(cacheTags.report(result.id));
  return {
    ...previous,
    errors: {},
    submissions: previous.submissions + 1,
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
  };
}
