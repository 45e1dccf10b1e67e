"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { SmallFormState } from "@/lib/forms";
import type { IslandText } from "@/lib/i18n/island-text";
import { flagReportAction } from "@/lib/moderation/actions";

const initial: SmallFormState = { submissions: 0 };

/**
 * Readers flag a report; enough flags send it back to the moderators. Its words come as props
 * (one object for a whole list), so report pages ship no i18n code to the browser.
 */
export function FlagButton({ reportId, text }: { reportId: string; text: IslandText }) {
  const [state, action] = useActionState(flagReportAction, initial);
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
        <TextField
          id={`flag-${reportId}`}
          name="reason"
          label={text.reason}
          labelClassName="font-medium"
          hint={text.reasonHint}
          maxLength={500}
          required
          error={state.error ? (text[`errors.${state.error}`] ?? text["errors.server"]) : undefined}
        />
        <SubmitButton label={text.send} pendingLabel={text.sending} className="min-w-0 px-3 py-1.5 text-sm" />
      </form>
    </details>
  );
}
