"use client";

import { useActionState, useId } from "react";
import { FieldError, Hint, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { IslandText } from "@/lib/i18n/island-text";
import { voteOnFactAction, type VoteState } from "@/lib/policy/actions";

const initial: VoteState = { fields: {}, values: { note: "", sourceUrl: "" }, submissions: 0 };
const smallButton = "min-w-0 px-3 py-1.5 text-sm";
// "yes" is the quiet answer: a plain button, so a page of facts is not a page of calls to action
const quietButton = "min-w-0 border border-brand-700 bg-white! px-3 py-1 text-sm text-brand-800! hover:bg-brand-50!";

/**
 * "Still true?" under a fact: confirm in one click, or dispute with a short note and an
 * optional source. Signed-out readers vote too; the server counts each reader once. Its words
 * (the FactVote namespace) come as props.
 */
export function StillTrue({ factId, revision, text }: { factId: string; revision: number; text: IslandText }) {
  const t = (key: string) => text[key] ?? key;
  const [state, action] = useActionState(voteOnFactAction, initial);
  const id = useId();
  if (state.result) {
    return (
      <p role="status" className="still-true mt-3 border-t border-line pt-3 text-sm font-medium text-emerald-800">
        {t(state.result)}
      </p>
    );
  }
  const error = (code?: string) => (code ? (text[`errors.${code}`] ?? text["errors.invalid_text"]) : undefined);
  const disputing = state.choice === "dispute";
  return (
    <div className="still-true mt-3 border-t border-line pt-3 text-sm" data-testid={`still-true-${factId}`}>
      <form action={action} className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <input type="hidden" name="factId" value={factId} />
        <input type="hidden" name="revision" value={revision} />
        <input type="hidden" name="choice" value="confirm" />
        <span className="font-semibold">{t("question")}</span>
        <SubmitButton label={t("confirm")} pendingLabel={t("sending")} className={quietButton} />
      </form>
      <details className="mt-2" open={disputing}>
        <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2">{t("dispute")}</summary>
        {/* a new key after each try: the fields show what the server echoed back */}
        <form key={state.submissions} action={action} className="mt-2 space-y-3" noValidate>
          <input type="hidden" name="factId" value={factId} />
          <input type="hidden" name="revision" value={revision} />
          <input type="hidden" name="choice" value="dispute" />
          <div>
            <label htmlFor={`${id}-note`} className="font-medium">
              {t("note")}
            </label>
            <textarea
              id={`${id}-note`}
              name="note"
              rows={3}
              maxLength={300}
              required
              defaultValue={disputing ? state.values.note : ""}
              aria-invalid={Boolean(disputing && state.fields.note)}
              aria-describedby={`${id}-note-hint ${id}-note-error`}
              className={inputClass}
            />
            <Hint id={`${id}-note-hint`}>{t("noteHint")}</Hint>
            <FieldError id={`${id}-note-error`} message={disputing ? error(state.fields.note) : undefined} />
          </div>
          <div>
            <label htmlFor={`${id}-source`} className="font-medium">
              {t("sourceUrl")}
            </label>
            <input
              id={`${id}-source`}
              name="sourceUrl"
              type="url"
              inputMode="url"
              maxLength={500}
              defaultValue={disputing ? state.values.sourceUrl : ""}
              aria-invalid={Boolean(disputing && state.fields.sourceUrl)}
              aria-describedby={`${id}-source-hint ${id}-source-error`}
              className={inputClass}
            />
            <Hint id={`${id}-source-hint`}>{t("sourceUrlHint")}</Hint>
            <FieldError id={`${id}-source-error`} message={disputing ? error(state.fields.sourceUrl) : undefined} />
          </div>
          <SubmitButton label={t("send")} pendingLabel={t("sending")} className={smallButton} />
        </form>
      </details>
      {state.error && (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error(state.error)}
        </p>
      )}
    </div>
  );
}
