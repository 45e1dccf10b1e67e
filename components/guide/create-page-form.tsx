"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { createGuidePageAction, type CreatePageState } from "@/lib/guide/actions";

export function CreatePageForm({ locale }: { locale: "zh" | "en" }) {
  const t = useTranslations("Edit");
  const te = useTranslations("Errors");
  const initial: CreatePageState = { errors: {}, values: { locale }, submissions: 0 };
  const [state, action] = useActionState(createGuidePageAction, initial);
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <FormAlert code={state.errors.form} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} required defaultValue={state.values.slug} errorCode={state.errors.slug} />
      <div>
        <label htmlFor="locale" className="font-semibold">
          {t("locale")}
        </label>
        <select id="locale" name="locale" defaultValue={state.values.locale ?? locale} className={inputClass}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </div>
      <TextField name="title" label={t("pageTitle")} required maxLength={200} defaultValue={state.values.title} errorCode={state.errors.title} />
      <TextField name="summary" label={t("summary")} maxLength={300} defaultValue={state.values.summary} errorCode={state.errors.summary} />
      <div>
        <label htmlFor="body" className="font-semibold">
          {t("body")}
        </label>
        <textarea
          id="body"
          name="body"
          rows={16}
          defaultValue={state.values.body}
          aria-invalid={Boolean(state.errors.body)}
          aria-describedby="body-error"
          className={`${inputClass} font-mono text-sm`}
        />
        <FieldError id="body-error" message={state.errors.body ? te(state.errors.body as "required", { matches: "" }) : undefined} />
      </div>
      <SubmitButton label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}
