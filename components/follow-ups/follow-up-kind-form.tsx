"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CLOSURE_CHECKS, FOLLOW_UP_NOTE_MAX, type FollowUpKind, type ReportStatus } from "@/lib/domain";
import { addFollowUpAction } from "@/lib/follow-ups/actions";
import { initialFollowUpFormState } from "@/lib/follow-ups/form-state";

export type FollowUpCredential = { token: string } | { reportId: string };
export type ExistingFollowUp = { status: ReportStatus; createdAt: string };

const controlClass = "mt-1.5 size-4 shrink-0 accent-brand-700";

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
  const [state, action] = useActionState(addFollowUpAction, initialFollowUpFormState);
  const outcome = useRef<HTMLParagraphElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const errors = state.errors;
  const hasErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (state.added) outcome.current?.focus();
    else if (state.submissions > 0 && hasErrors) summary.current?.focus();
  }, [state.added, state.submissions, hasErrors]);

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

  const error = (name: string) => (errors[name] ? t(`errors.${errors[name]}` as "errors.required") : undefined);
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
      <p
        ref={summary}
        tabIndex={-1}
        role="alert"
        className={errors.form ? "rounded-md border border-red-300 bg-red-50 p-3 text-red-900" : "sr-only"}
      >
        {errors.form ? t(`errors.${errors.form}` as "errors.server") : ""}
      </p>
      <input type="hidden" name="kind" value={kind} />
      {"token" in credential ? (
        <input type="hidden" name="token" value={credential.token} />
      ) : (
        <input type="hidden" name="reportId" value={credential.reportId} />
      )}
      <div aria-hidden="true" className="absolute left-[-10000px] h-px w-px overflow-hidden">
        <label>
          {t("honeypot")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      {kind === "confirmed_closed" && (
        <fieldset aria-describedby={id("method-error")}>
          <legend className="font-medium">{t("methodLegend")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {CLOSURE_CHECKS.map((method) => (
              <label key={method} className="flex items-start gap-2 rounded-md px-1 py-1.5 has-[:checked]:bg-brand-50">
                <input
                  type="radio"
                  name="method"
                  value={method}
                  required
                  defaultChecked={state.values.method === method}
                  className={controlClass}
                />
                <span>{t(`methods.${method}`)}</span>
              </label>
            ))}
          </div>
          <FieldError id={id("method-error")} message={error("method")} />
        </fieldset>
      )}

      {kind === "balance_refunded" && (
        <div>
          <label htmlFor={id("amount")} className="font-medium">
            {t("amountLabel")}
          </label>
          <input
            id={id("amount")}
            name="refundAmount"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={state.values.refundAmount ?? ""}
            aria-invalid={Boolean(errors.refundAmount)}
            aria-describedby={`${id("amount-hint")} ${id("amount-error")}`}
            className={`${inputClass} max-w-48`}
          />
          <p id={id("amount-hint")} className="mt-1 text-sm text-muted">
            {t("amountHint")}
          </p>
          <FieldError id={id("amount-error")} message={error("refundAmount")} />
        </div>
      )}

      <div>
        <label htmlFor={id("note")} className="font-medium">
          {t("noteLabel")}
        </label>
        <textarea
          id={id("note")}
          name="note"
          rows={2}
          maxLength={FOLLOW_UP_NOTE_MAX}
          defaultValue={state.values.note ?? ""}
          aria-invalid={Boolean(errors.note)}
          aria-describedby={`${id("note-hint")} ${id("note-error")}`}
          className={inputClass}
        />
        <p id={id("note-hint")} className="mt-1 text-sm text-muted">
          {t("noteHint")}
        </p>
        <FieldError id={id("note-error")} message={error("note")} />
      </div>
      <SubmitButton label={t("add", { kind: t(`kinds.${kind}`) })} pendingLabel={t("adding")} className="min-w-0" />
    </form>
  );
}
