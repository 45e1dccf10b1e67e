"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import {
  BALANCE_REFUNDED,
  DOCUMENTS,
  LOCATIONS,
  OFFLINE_CHANNELS,
  ONLINE_CHANNELS,
  OUTCOMES,
  REGISTERED_TO,
  STORY_MAX,
} from "@/lib/domain";
import { submitReportAction } from "@/lib/reports/actions";
import { initialReportFormState } from "@/lib/reports/form-state";
import { ReportPosted } from "./report-posted";

type Props = {
  operators: Array<{ slug: string; name: string }>;
  operator: string;
  ticket: { idempotencyKey: string; renderedAt: string; signature: string };
  locale: "zh" | "en";
  maxMonth: string;
};

const fieldsetClass = "rounded-lg border border-line bg-white p-4";
const legendClass = "px-1 font-semibold";
const choiceClass = "flex items-start gap-2 rounded-md px-1 py-1.5 has-[:checked]:bg-brand-50";
// a control keeps its size when its label wraps onto several lines
const controlClass = "mt-1.5 size-4 shrink-0 accent-brand-700";

export function ReportForm({ operators, operator, ticket, locale, maxMonth }: Props) {
  const t = useTranslations();
  const [state, action] = useActionState(submitReportAction, initialReportFormState(operator));
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.errors;
  const values = state.values;
  const hasErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (state.submissions > 0 && hasErrors) summaryRef.current?.focus();
  }, [state.submissions, hasErrors]);

  const error = (name: string) => (errors[name] ? t(`Errors.${errors[name]}` as "Errors.required") : undefined);
  const described = (name: string, hint = false) =>
    [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" ");

  const radioGroup = (name: string, options: readonly string[], labels: (value: string) => string, optional = false) => (
    <div className="mt-2 grid gap-1 sm:grid-cols-2">
      {options.map((value) => (
        <label key={value} className={choiceClass}>
          <input
            type="radio"
            name={name}
            value={value}
            defaultChecked={values[name as keyof typeof values] === value}
            required={!optional}
            className={controlClass}
          />
          <span>{labels(value)}</span>
        </label>
      ))}
      {optional && (
        <label className={choiceClass}>
          <input
            type="radio"
            name={name}
            value=""
            defaultChecked={!values[name as keyof typeof values]}
            className={controlClass}
          />
          <span className="text-muted">{t("Form.notSpecified")}</span>
        </label>
      )}
    </div>
  );

  if (state.posted) return <ReportPosted posted={state.posted} />;

  return (
    // a new key per rejected submission re-mounts the fields with what the user typed
    <form key={state.submissions} action={action} noValidate className="space-y-6" aria-describedby="form-licence">
      <div
        ref={summaryRef}
        tabIndex={-1}
        role="alert"
        className={hasErrors ? "rounded-md border border-red-300 bg-red-50 p-3 text-red-900" : "sr-only"}
      >
        {hasErrors && (errors.form ? t(`Errors.${errors.form}` as "Errors.server") : t("Form.errorSummary"))}
      </div>

      <input type="hidden" name="idempotencyKey" value={ticket.idempotencyKey} />
      <input type="hidden" name="renderedAt" value={ticket.renderedAt} />
      <input type="hidden" name="ticketSignature" value={ticket.signature} />
      <input type="hidden" name="locale" value={locale} />
      {/* a field people never see: bots fill it in */}
      <div aria-hidden="true" className="absolute left-[-10000px] h-px w-px overflow-hidden">
        <label>
          {t("Form.honeypot")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <div>
        <label htmlFor="operator" className="font-semibold">
          {t("Form.operator")}
        </label>
        <select
          id="operator"
          name="operator"
          required
          defaultValue={values.operator}
          aria-invalid={Boolean(errors.operator)}
          aria-describedby={described("operator")}
          className={inputClass}
        >
          <option value="">{t("Form.chooseOperator")}</option>
          {operators.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id="operator-error" message={error("operator")} />
      </div>

      <fieldset className={fieldsetClass} aria-describedby={described("channel")}>
        <legend className={legendClass}>{t("Form.channel")}</legend>
        <p className="mt-2 text-sm font-semibold uppercase tracking-wide text-muted">{t("Form.online")}</p>
        {radioGroup("channel", ONLINE_CHANNELS, (v) => t(`Labels.channel.${v}` as "Labels.channel.app"))}
        <p className="mt-3 text-sm font-semibold uppercase tracking-wide text-muted">{t("Form.offline")}</p>
        {radioGroup("channel", OFFLINE_CHANNELS, (v) => t(`Labels.channel.${v}` as "Labels.channel.app"))}
        <FieldError id="channel-error" message={error("channel")} />
      </fieldset>

      <fieldset className={fieldsetClass} aria-describedby={described("outcome")}>
        <legend className={legendClass}>{t("Form.outcome")}</legend>
        {radioGroup("outcome", OUTCOMES, (v) => t(`Labels.outcome.${v}` as "Labels.outcome.success"))}
        <FieldError id="outcome-error" message={error("outcome")} />
      </fieldset>

      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          name="attemptedMonth"
          type="month"
          label={t("Form.attemptedMonth")}
          hint={t("Form.attemptedMonthHint")}
          required
          min="2000-01"
          max={maxMonth}
          placeholder="2025-03"
          defaultValue={values.attemptedMonth}
          errorCode={errors.attemptedMonth}
        />
        <TextField
          name="daysToComplete"
          type="number"
          label={t("Form.daysToComplete")}
          hint={t("Form.daysHint")}
          inputMode="numeric"
          min={0}
          max={365}
          step={1}
          defaultValue={values.daysToComplete}
          errorCode={errors.daysToComplete}
        />
      </div>

      <fieldset className={fieldsetClass} aria-describedby={described("location")}>
        <legend className={legendClass}>{t("Form.location")}</legend>
        {radioGroup("location", LOCATIONS, (v) => t(`Labels.location.${v}` as "Labels.location.abroad"))}
        <FieldError id="location-error" message={error("location")} />
      </fieldset>

      <fieldset className={fieldsetClass} aria-describedby={described("registeredTo")}>
        <legend className={legendClass}>{t("Form.registeredTo")}</legend>
        {radioGroup("registeredTo", REGISTERED_TO, (v) => t(`Labels.registeredTo.${v}` as "Labels.registeredTo.self"), true)}
        <FieldError id="registeredTo-error" message={error("registeredTo")} />
      </fieldset>

      <fieldset className={fieldsetClass} aria-describedby={described("documents")}>
        <legend className={legendClass}>{t("Form.documents")}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {DOCUMENTS.map((document) => (
            <label key={document} className={choiceClass}>
              <input
                type="checkbox"
                name="documents"
                value={document}
                defaultChecked={values.documents.includes(document)}
                className={controlClass}
              />
              <span>{t(`Labels.document.${document}` as "Labels.document.passport")}</span>
            </label>
          ))}
        </div>
        <FieldError id="documents-error" message={error("documents")} />
      </fieldset>

      <fieldset className={fieldsetClass} aria-describedby={described("balanceRefunded")}>
        <legend className={legendClass}>{t("Form.balanceRefunded")}</legend>
        {radioGroup(
          "balanceRefunded",
          BALANCE_REFUNDED,
          (v) => t(`Labels.balanceRefunded.${v}` as "Labels.balanceRefunded.yes"),
          true,
        )}
        <FieldError id="balanceRefunded-error" message={error("balanceRefunded")} />
      </fieldset>

      <StoryField initial={values.story} error={error("story")} />

      <TextField
        name="displayName"
        label={t("Form.displayName")}
        hint={t("Form.displayNameHint")}
        maxLength={60}
        autoComplete="nickname"
        defaultValue={values.displayName}
        errorCode={errors.displayName}
        className="sm:max-w-sm"
      />

      <p id="form-licence" className="text-sm text-muted">
        {t("Form.licence")}
      </p>
      <SubmitButton label={t("Form.submit")} pendingLabel={t("Form.submitting")} />
    </form>
  );
}

function StoryField({ initial, error }: { initial: string; error?: string }) {
  const t = useTranslations("Form");
  const [story, setStory] = useState(initial);
  const count = [...story].length;
  return (
    <div>
      <label htmlFor="story" className="font-semibold">
        {t("story")}
      </label>
      <textarea
        id="story"
        name="story"
        rows={7}
        value={story}
        onChange={(event) => setStory(event.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby="story-hint story-counter story-error"
        className={inputClass}
      />
      <div className="mt-1 flex justify-between gap-4 text-sm text-muted">
        <p id="story-hint">{t("storyHint")}</p>
        <p id="story-counter" className={count > STORY_MAX ? "font-semibold text-red-800 tabular-nums" : "tabular-nums"}>
          {t("counter", { count })}
        </p>
      </div>
      <FieldError id="story-error" message={error} />
    </div>
  );
}
