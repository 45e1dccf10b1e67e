"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormAlert } from "@/components/ui/form-alert";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import { CLOSURE_CHECKS, FOLLOW_UP_NOTE_MAX, type FollowUpKind, type ReportStatus } from "@/lib/domain";
import { addFollowUpAction } from "@/lib/follow-ups/actions";
import type { FollowUpFormState } from "@/lib/follow-ups/form-state";
import { initialFormState } from "@/lib/forms";

export type FollowUpCredential = { token: string } | { reportId: string };
export type ExistingFollowUp = { status: ReportStatus; createdAt: string };

/**
 * One kind of follow-up: its form until it is added, then what became of it. The card stays
 * mounted across the page's refresh after the send, so its outcome is announced where the
 * form was.
 */
export function FollowUpKindForm({
  kind,
  credential,
  existing,
}: {
  kind: FollowUpKind;
  credential: FollowUpCredential;
  existing: ExistingFollowUp | null;
}) {
  const t = useTranslations("FollowUp");
  const format = useFormatter();
  const [state, action] = useActionState<FollowUpFormState, FormData>(addFollowUpAction, initialFormState);
  const outcome = useRef<HTMLParagraphElement>(null);
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const error = useErrorText(state.errors, "FollowUp.errors");

  useEffect(() => {
    if (state.added) outcome.current?.focus();
  }, [state.added]);

  const title = (
    <h3 className="font-semibold" id={id("title")}>
      {t(`kinds.${kind}`)}
    </h3>
  );

  if (state.added || existing) {
    const status = state.added?.status ?? existing!.status;
    const text = state.added
      ? state.added.status === "published"
        ? t("addedPublished")
        : state.added.held
          ? t("addedHeld")
          : t("addedReceived")
      : t(`existing.${status}`, { date: format.dateTime(new Date(existing!.createdAt), { dateStyle: "medium" }) });
    return (
      <div className="rounded-lg border border-line bg-white p-4" data-testid={`follow-up-${kind}`}>
        {title}
        <p ref={outcome} tabIndex={-1} role="status" className="mt-1 text-[0.95rem] outline-none">
          <span aria-hidden="true">{status === "published" ? "✓ " : "… "}</span>
          {text}
        </p>
      </div>
    );
  }

  return (
    <form
      key={state.submissions}
      action={action}
      noValidate
      aria-labelledby={id("title")}
      className="space-y-3 rounded-lg border border-line bg-white p-4"
      data-testid={`follow-up-${kind}`}
    >
      {title}
      <p className="text-sm text-muted">{t(`kindHints.${kind}`)}</p>
      <FormAlert focusKey={state.submissions} message={error("form")} />
      <input type="hidden" name="kind" value={kind} />
      {"token" in credential ? (
        <input type="hidden" name="token" value={credential.token} />
      ) : (
        <input type="hidden" name="reportId" value={credential.reportId} />
      )}
      <HoneypotField label={t("honeypot")} />

      {kind === "confirmed_closed" && (
        <ChoiceGroup
          id={id("method")}
          name="method"
          legend={t("methodLegend")}
          legendClassName="font-medium"
          required
          defaultValue={state.values.method}
          error={error("method")}
          options={CLOSURE_CHECKS.map((method) => [method, t(`methods.${method}`)])}
        />
      )}

      {kind === "balance_refunded" && (
        <TextField
          id={id("amount")}
          name="refundAmount"
          label={t("amountLabel")}
          labelClassName="font-medium"
          hint={t("amountHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={state.values.refundAmount ?? ""}
          error={error("refundAmount")}
          inputClassName="max-w-48"
        />
      )}

      <TextAreaField
        id={id("note")}
        name="note"
        label={t("noteLabel")}
        labelClassName="font-medium"
        hint={t("noteHint")}
        rows={2}
        maxLength={FOLLOW_UP_NOTE_MAX}
        defaultValue={state.values.note ?? ""}
        error={error("note")}
      />
      <SubmitButton label={t("add", { kind: t(`kinds.${kind}`) })} pendingLabel={t("adding")} className="min-w-0" />
    </form>
  );
}
