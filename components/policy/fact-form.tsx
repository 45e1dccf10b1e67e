"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import { POLICY_KINDS, POLICY_STATUSES } from "@/lib/domain";
import { initialFormState } from "@/lib/forms";
import { createFactAction, recheckFactAction, supersedeFactAction } from "@/lib/policy/actions";
import type { FactFormValues } from "@/lib/policy/form-values";

type Props = {
  locale: "zh" | "en";
  operators: Array<[slug: string, name: string]>;
  initial: FactFormValues;
} & ({ mode: "create" } | { mode: "recheck"; id: string; revision: number });

/** A moderator's re-check of a fact, or a new fact: every field, a reason, and the server's verdict per field. */
export function FactForm(props: Props) {
  const t = useTranslations("FactForm");
  const tp = useTranslations("Policy");
  const [state, action] = useActionState(props.mode === "create" ? createFactAction : recheckFactAction, initialFormState);
  const error = useErrorText(state.errors, "FactForm.errors");
  // every field: its label from its name, what the server echoed or the fact's current value, its error
  const field = (name: string, hint?: string) => ({
    id: `fact-${name}`,
    name,
    label: t(name as "date"),
    hint,
    defaultValue: state.values[name] ?? (props.initial as Record<string, string>)[name] ?? "",
    error: error(name),
  });
  const text = (name: string, hint?: string) => <TextField {...field(name, hint)} type="text" />;
  const date = (name: string, hint?: string) => <TextField {...field(name, hint)} type="date" />;
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={props.locale} />
      {props.mode === "recheck" && (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="baseRevision" value={props.revision} />
        </>
      )}
      <FormAlert focusKey={state.submissions} message={error("form")} />
      {props.mode === "create" && <TextField {...field("id", t("idHint"))} type="text" maxLength={60} autoCapitalize="none" spellCheck={false} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...field("kind")} options={POLICY_KINDS.map((kind) => [kind, tp(`kind.${kind}`)])} />
        <SelectField {...field("status")} options={POLICY_STATUSES.map((status) => [status, tp(`status.${status}`)])} />
        {date("date")}
        {date("dateEnd")}
        <SelectField {...field("operator")} placeholder={t("noOperator")} options={props.operators} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("titleZh")} type="text" maxLength={200} lang="zh-CN" />
        <TextField {...field("titleEn")} type="text" maxLength={200} lang="en" />
        <TextAreaField {...field("summaryZh")} rows={5} maxLength={2000} />
        <TextAreaField {...field("summaryEn")} rows={5} maxLength={2000} />
        <TextField {...field("affectsZh")} type="text" maxLength={300} lang="zh-CN" />
        <TextField {...field("affectsEn")} type="text" maxLength={300} lang="en" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("sourceName")} type="text" maxLength={200} />
        {date("sourceDate")}
      </div>
      <TextField {...field("sourceUrl", t("sourceUrlHint"))} type="url" inputMode="url" maxLength={500} />
      <div className="grid gap-4 sm:grid-cols-2">
        {date("lastChecked", t("lastCheckedHint"))}
        {date("checkAfter", t("checkAfterHint"))}
      </div>
      {text("reason")}
      <SubmitButton label={props.mode === "create" ? t("create") : t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

/** Retiring a fact: a reason and, if known, the day it stopped applying. */
export function SupersedeForm({ id, revision, locale }: { id: string; revision: number; locale: "zh" | "en" }) {
  const t = useTranslations("FactForm");
  const [state, action] = useActionState(supersedeFactAction, initialFormState);
  const error = useErrorText(state.errors, "FactForm.errors");
  return (
    <form key={state.submissions} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseRevision" value={revision} />
      <FormAlert message={error("form")} />
      <TextField id="supersede-dateEnd" name="dateEnd" type="date" label={t("supersedeDateEnd")} defaultValue={state.values.dateEnd ?? ""} error={error("dateEnd")} />
      <TextField id="supersede-reason" name="reason" label={t("supersedeReason")} maxLength={500} defaultValue={state.values.reason ?? ""} error={error("reason")} />
      <SubmitButton label={t("supersede")} pendingLabel={t("saving")} className="bg-slate-700! hover:bg-slate-800!" />
    </form>
  );
}
