"use client";

import { useActionState, useId } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { IslandText } from "@/lib/i18n/island-text";
import { voteOnFactAction, type VoteState } from "@/lib/policy/actions";

const initial: VoteState = { errors: {}, values: { note: "", sourceUrl: "" }, submissions: 0 };
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
  const message = (code?: string) => (code ? (text[`errors.${code}`] ?? text["errors.invalid_text"]) : undefined);
  const disputing = state.choice === "dispute";
  // a field's error belongs to the dispute form only; the confirm form has no fields
  const error = (name: "note" | "sourceUrl") => (disputing ? message(state.errors[name]) : undefined);
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
          <TextAreaField
            id={`${id}-note`}
            name="note"
            label={t("note")}
            labelClassName="font-medium"
            hint={t("noteHint")}
            rows={3}
            maxLength={300}
            required
            defaultValue={disputing ? state.values.note : ""}
            error={error("note")}
          />
          <TextField
            id={`${id}-source`}
            name="sourceUrl"
            type="url"
            inputMode="url"
            label={t("sourceUrl")}
            labelClassName="font-medium"
            hint={t("sourceUrlHint")}
            maxLength={500}
            defaultValue={disputing ? state.values.sourceUrl : ""}
            error={error("sourceUrl")}
          />
          <SubmitButton label={t("send")} pendingLabel={t("sending")} className={smallButton} />
        </form>
      </details>
      {state.errors.form && (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {message(state.errors.form)}
        </p>
      )}
    </div>
  );
}
