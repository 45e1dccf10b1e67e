"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormAlert } from "@/components/ui/form-alert";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  BALANCE_REFUNDED,
  DAYS_MAX,
  DISPLAY_NAME_MAX,
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

export function ReportForm({ operators, operator, ticket, locale, maxMonth }: Props) {
  const t = useTranslations();
  const [state, action] = useActionState(submitReportAction, initialReportFormState(operator));
  const { errors, values } = state;
  const error = useErrorText(errors);
  const hasErrors = Object.keys(errors).length > 0;
  const labelled = (group: string, options: readonly string[]) => options.map((value) => [value, t(`Labels.${group}.${value}` as "Labels.channel.app")] as [string, string]);
  // an answer people may skip: its own choice, so a click can be taken back
  const notSpecified: [string, ReactNode] = ["", <span key="" className="text-muted">{t("Form.notSpecified")}</span>];

  if (state.posted) return <ReportPosted posted={state.posted} />;

  return (
    // a new key per rejected submission re-mounts the fields with what the user typed
    <form key={state.submissions} action={action} noValidate className="space-y-6" aria-describedby="form-licence">
      <FormAlert focusKey={hasErrors ? state.submissions : undefined} message={hasErrors ? (error("form") ?? t("Form.errorSummary")) : undefined} />

      <input type="hidden" name="idempotencyKey" value={ticket.idempotencyKey} />
      <input type="hidden" name="renderedAt" value={ticket.renderedAt} />
      <input type="hidden" name="ticketSignature" value={ticket.signature} />
      <input type="hidden" name="locale" value={locale} />
      <HoneypotField label={t("Form.honeypot")} />

      <SelectField
        name="operator"
        label={t("Form.operator")}
        required
        defaultValue={values.operator}
        error={error("operator")}
        placeholder={t("Form.chooseOperator")}
        options={operators.map((o) => [o.slug, o.name])}
      />

      <ChoiceGroup
        boxed
        name="channel"
        legend={t("Form.channel")}
        required
        defaultValue={values.channel}
        error={error("channel")}
        options={[
          { heading: t("Form.online"), options: labelled("channel", ONLINE_CHANNELS) },
          { heading: t("Form.offline"), options: labelled("channel", OFFLINE_CHANNELS) },
        ]}
      />
      <ChoiceGroup boxed name="outcome" legend={t("Form.outcome")} required defaultValue={values.outcome} error={error("outcome")} options={labelled("outcome", OUTCOMES)} />

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
          error={error("attemptedMonth")}
        />
        <TextField
          name="daysToComplete"
          type="number"
          label={t("Form.daysToComplete")}
          hint={t("Form.daysHint")}
          inputMode="numeric"
          min={0}
          max={DAYS_MAX}
          step={1}
          defaultValue={values.daysToComplete}
          error={error("daysToComplete")}
        />
      </div>

      <ChoiceGroup boxed name="location" legend={t("Form.location")} required defaultValue={values.location} error={error("location")} options={labelled("location", LOCATIONS)} />
      <ChoiceGroup
        boxed
        name="registeredTo"
        legend={t("Form.registeredTo")}
        defaultValue={values.registeredTo}
        error={error("registeredTo")}
        options={[...labelled("registeredTo", REGISTERED_TO), notSpecified]}
      />
      <ChoiceGroup boxed type="checkbox" name="documents" legend={t("Form.documents")} defaultValue={values.documents} error={error("documents")} options={labelled("document", DOCUMENTS)} />
      <ChoiceGroup
        boxed
        name="balanceRefunded"
        legend={t("Form.balanceRefunded")}
        defaultValue={values.balanceRefunded}
        error={error("balanceRefunded")}
        options={[...labelled("balanceRefunded", BALANCE_REFUNDED), notSpecified]}
      />

      <TextAreaField
        name="story"
        label={t("Form.story")}
        hint={t("Form.storyHint")}
        counter={{ max: STORY_MAX, text: (count) => t("Form.counter", { count }) }}
        rows={7}
        defaultValue={values.story}
        error={error("story")}
      />

      <TextField
        name="displayName"
        label={t("Form.displayName")}
        hint={t("Form.displayNameHint")}
        maxLength={DISPLAY_NAME_MAX}
        autoComplete="nickname"
        defaultValue={values.displayName}
        error={error("displayName")}
        className="sm:max-w-sm"
      />

      <p id="form-licence" className="text-sm text-muted">
        {t("Form.licence")}
      </p>
      <SubmitButton label={t("Form.submit")} pendingLabel={t("Form.submitting")} />
    </form>
  );
}
