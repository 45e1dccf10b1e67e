"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, Hint, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { flagReportAction, type SmallActionState } from "@/lib/moderation/actions";

/** Readers flag a report; enough flags send it back to the moderators. */
export function FlagButton({ reportId }: { reportId: string }) {
  const t = useTranslations("Flag");
  const te = useTranslations("Errors");
  const [state, action] = useActionState(flagReportAction, { submissions: 0 } as SmallActionState);
  if (state.ok) {
    return (
      <p role="status" className="text-sm text-muted">
        {t("thanks")}
      </p>
    );
  }
  return (
    <details className="text-sm" open={Boolean(state.error)}>
      <summary className="cursor-pointer text-muted">{t("button")}</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="reportId" value={reportId} />
        <label htmlFor={`flag-${reportId}`} className="font-medium">
          {t("reason")}
        </label>
        <input
          id={`flag-${reportId}`}
          name="reason"
          maxLength={500}
          required
          aria-invalid={Boolean(state.error)}
          aria-describedby={`flag-${reportId}-hint flag-${reportId}-error`}
          className={inputClass}
        />
        <Hint id={`flag-${reportId}-hint`}>{t("reasonHint")}</Hint>
        <FieldError id={`flag-${reportId}-error`} message={state.error ? te(state.error as "required") : undefined} />
        <SubmitButton label={t("send")} pendingLabel={t("sending")} className="min-w-0 px-3 py-1.5 text-sm" />
      </form>
    </details>
  );
}
