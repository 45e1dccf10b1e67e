"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { FieldError, Hint, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { POLICY_KINDS, POLICY_STATUSES } from "@/lib/domain";
import { createFactAction, recheckFactAction, supersedeFactAction, type FactFormState } from "@/lib/policy/actions";

/** The form's fields as strings, named like the schema's keys (lib/policy/schema.ts). */
export type FactFormValues = Record<
  | "date"
  | "dateEnd"
  | "kind"
  | "status"
  | "operator"
  | "titleZh"
  | "titleEn"
  | "summaryZh"
  | "summaryEn"
  | "affectsZh"
  | "affectsEn"
  | "sourceName"
  | "sourceDate"
  | "sourceUrl"
  | "lastChecked"
  | "checkAfter",
  string
>;

type Props = {
  locale: "zh" | "en";
  operators: Array<[slug: string, name: string]>;
  initial: FactFormValues;
} & ({ mode: "create" } | { mode: "recheck"; id: string; revision: number });

const initialState: FactFormState = { errors: {}, values: {}, submissions: 0 };

/** A moderator's re-check of a fact, or a new fact: every field, a reason, and the server's verdict per field. */
export function FactForm(props: Props) {
  const t = useTranslations("FactForm");
  const tp = useTranslations("Policy");
  const [state, action] = useActionState(props.mode === "create" ? createFactAction : recheckFactAction, initialState);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.submissions > 0) alertRef.current?.focus();
  }, [state.submissions]);
  const value = (name: string) => state.values[name] ?? (props.initial as Record<string, string>)[name] ?? "";
  const error = (name: string) => (state.errors[name] ? t(`errors.${state.errors[name]}` as "errors.required") : undefined);
  const field = (name: string, input: (common: Record<string, unknown>) => ReactNode, hint?: string) => (
    <div>
      <label htmlFor={`fact-${name}`} className="font-semibold">
        {t(name as "date")}
      </label>
      {input({
        id: `fact-${name}`,
        name,
        defaultValue: value(name),
        "aria-invalid": Boolean(state.errors[name]),
        "aria-describedby": [hint ? `fact-${name}-hint` : null, `fact-${name}-error`].filter(Boolean).join(" "),
        className: inputClass,
      })}
      {hint && <Hint id={`fact-${name}-hint`}>{hint}</Hint>}
      <FieldError id={`fact-${name}-error`} message={error(name)} />
    </div>
  );
  const text = (name: string, hint?: string, extra: Record<string, unknown> = {}) => field(name, (common) => <input type="text" {...common} {...extra} />, hint);
  const date = (name: string, hint?: string) => field(name, (common) => <input type="date" {...common} />, hint);
  const area = (name: string) => field(name, (common) => <textarea rows={5} maxLength={2000} {...common} />);
  const formError = state.errors.form ? t(`errors.${state.errors.form}` as "errors.required") : null;
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={props.locale} />
      {props.mode === "recheck" && (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="baseRevision" value={props.revision} />
        </>
      )}
      <div ref={alertRef} tabIndex={-1} role="alert" className={formError ? "rounded-md border border-red-300 bg-red-50 p-3 text-red-900" : "sr-only"}>
        {formError}
      </div>
      {props.mode === "create" && text("id", t("idHint"), { maxLength: 60, autoCapitalize: "none", spellCheck: false })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("kind", (common) => (
          <select {...common}>
            {POLICY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tp(`kind.${kind}`)}
              </option>
            ))}
          </select>
        ))}
        {field("status", (common) => (
          <select {...common}>
            {POLICY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tp(`status.${status}`)}
              </option>
            ))}
          </select>
        ))}
        {date("date")}
        {date("dateEnd")}
        {field("operator", (common) => (
          <select {...common}>
            <option value="">{t("noOperator")}</option>
            {props.operators.map(([slug, name]) => (
              <option key={slug} value={slug}>
                {name}
              </option>
            ))}
          </select>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("titleZh", undefined, { maxLength: 200, lang: "zh-CN" })}
        {text("titleEn", undefined, { maxLength: 200, lang: "en" })}
        {area("summaryZh")}
        {area("summaryEn")}
        {text("affectsZh", undefined, { maxLength: 300, lang: "zh-CN" })}
        {text("affectsEn", undefined, { maxLength: 300, lang: "en" })}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("sourceName", undefined, { maxLength: 200 })}
        {date("sourceDate")}
      </div>
      {text("sourceUrl", t("sourceUrlHint"), { type: "url", inputMode: "url", maxLength: 500 })}
      <div className="grid gap-4 sm:grid-cols-2">
        {date("lastChecked", t("lastCheckedHint"))}
        {date("checkAfter", t("checkAfterHint"))}
      </div>
      {text("reason", undefined, { maxLength: 500 })}
      <SubmitButton label={props.mode === "create" ? t("create") : t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

/** Retiring a fact: a reason and, if known, the day it stopped applying. */
export function SupersedeForm({ id, revision, locale }: { id: string; revision: number; locale: "zh" | "en" }) {
  const t = useTranslations("FactForm");
  const [state, action] = useActionState(supersedeFactAction, initialState);
  const error = (name: string) => (state.errors[name] ? t(`errors.${state.errors[name]}` as "errors.required") : undefined);
  return (
    <form key={state.submissions} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseRevision" value={revision} />
      {state.errors.form && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {error("form")}
        </p>
      )}
      <div>
        <label htmlFor="supersede-dateEnd" className="font-semibold">
          {t("supersedeDateEnd")}
        </label>
        <input
          id="supersede-dateEnd"
          name="dateEnd"
          type="date"
          defaultValue={state.values.dateEnd ?? ""}
          aria-invalid={Boolean(state.errors.dateEnd)}
          aria-describedby="supersede-dateEnd-error"
          className={inputClass}
        />
        <FieldError id="supersede-dateEnd-error" message={error("dateEnd")} />
      </div>
      <div>
        <label htmlFor="supersede-reason" className="font-semibold">
          {t("supersedeReason")}
        </label>
        <input
          id="supersede-reason"
          name="reason"
          maxLength={500}
          defaultValue={state.values.reason ?? ""}
          aria-invalid={Boolean(state.errors.reason)}
          aria-describedby="supersede-reason-error"
          className={inputClass}
        />
        <FieldError id="supersede-reason-error" message={error("reason")} />
      </div>
      <SubmitButton label={t("supersede")} pendingLabel={t("saving")} className="bg-slate-700! hover:bg-slate-800!" />
    </form>
  );
}
