"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { SmallFormState } from "@/lib/forms";
import { decideFollowUpAction, decideReportAction } from "@/lib/moderation/actions";

const initial: SmallFormState = { submissions: 0 };
const buttonClass = {
  approve: "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70",
  reject: "rounded-md border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70",
};

/** Approve or reject one held item (a report, a follow-up) with an optional note for the log. */
export function DecisionForm({ kind, id }: { kind: "report" | "follow_up"; id: string }) {
  const t = useTranslations("Moderation");
  const te = useTranslations("Errors");
  const [state, action, pending] = useActionState(kind === "report" ? decideReportAction : decideFollowUpAction, initial);
  if (state.ok) return <p role="status" className="text-sm font-medium text-emerald-800">{t("done")}</p>;
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="id" value={id} />
      <TextField id={`note-${id}`} name="reason" label={t("note")} labelClassName="text-sm font-medium" validated={false} maxLength={500} />
      {state.error && (
        <p role="alert" className="text-sm text-red-800">
          {te(state.error as "forbidden")}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {(["approve", "reject"] as const).map((decision) => (
          <button key={decision} type="submit" name="action" value={decision} disabled={pending} className={buttonClass[decision]}>
            {pending ? t("working") : t(decision)}
          </button>
        ))}
      </div>
    </form>
  );
}
