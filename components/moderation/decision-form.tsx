"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { decideReportAction, type SmallActionState } from "@/lib/moderation/actions";

/** Approve or reject one queued item: a report, or (with its own action and id field) something else held. */
export function DecisionForm({
  reportId,
  action: decide = decideReportAction,
  idField = "reportId",
}: {
  reportId: string;
  action?: typeof decideReportAction;
  idField?: string;
}) {
  const t = useTranslations("Moderation");
  const te = useTranslations("Errors");
  const [state, action, pending] = useActionState(decide, { submissions: 0 } as SmallActionState);
  if (state.ok) return <p role="status" className="text-sm font-medium text-emerald-800">{t("done")}</p>;
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name={idField} value={reportId} />
      <label htmlFor={`note-${reportId}`} className="text-sm font-medium">
        {t("note")}
      </label>
      <input id={`note-${reportId}`} name="reason" maxLength={500} className={inputClass} />
      {state.error && (
        <p role="alert" className="text-sm text-red-800">
          {te(state.error as "forbidden")}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="action"
          value="approve"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? t("working") : t("approve")}
        </button>
        <button
          type="submit"
          name="action"
          value="reject"
          disabled={pending}
          className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70"
        >
          {pending ? t("working") : t("reject")}
        </button>
      </div>
    </form>
  );
}
