"use client";

import { useActionState } from "react";
import { FieldError, Hint, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { IslandText } from "@/lib/i18n/island-text";
import { flagReportAction, type SmallActionState } from "@/lib/moderation/actions";

/**
 * Readers flag a report; enough flags send it back to the moderators. Its words come as props
 * (one object for a whole list), so report pages ship no i18n code to the browser.
 */
export function FlagButton({ reportId, text }: { reportId: string; text: IslandText }) {
  const [state, action] = useActionState(flagReportAction, { submissions: 0 } as SmallActionState);
  if (state.ok) {
    return (
      <p role="status" className="text-sm text-muted">
        {text.thanks}
      </p>
    );
  }
  return (
    <details className="text-sm" open={Boolean(state.error)}>
      <summary className="cursor-pointer text-muted">{text.button}</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="reportId" value={reportId} />
        <label htmlFor={`flag-${reportId}`} className="font-medium">
          {text.reason}
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
        <Hint id={`flag-${reportId}-hint`}>{text.reasonHint}</Hint>
        <FieldError id={`flag-${reportId}-error`} message={state.error ? (text[`errors.${state.error}`] ?? text["errors.server"]) : undefined} />
        <SubmitButton label={text.send} pendingLabel={text.sending} className="min-w-0 px-3 py-1.5 text-sm" />
      </form>
    </details>
  );
}
