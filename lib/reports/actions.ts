"use server";

import { headers } from "next/headers";
import { redirect } from "@/i18n/navigation";
import { clientAddress, hashAddress } from "@/lib/http/client-address";
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
  let result;
  try {
    result = await submitReport({ payload, sourceHash: hashAddress(clientAddress(requestHeaders)) });
  } catch (error) {
    console.error("submitReportAction failed", error);
    return { errors: { form: "server" }, values: echoValues(form), submissions: previous.submissions + 1 };
  }
  if (!result.ok) {
    return { errors: result.fields, values: echoValues(form), submissions: previous.submissions + 1 };
  }
  redirect({ href: `/reports/${result.id}${result.status === "pending" ? "?held=1" : ""}`, locale });
  return previous; // not reached: redirect throws
}
