"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import { createGuidePageAction } from "@/lib/guide/actions";
import type { FormState } from "@/lib/forms";

export function CreatePageForm({ locale }: { locale: "zh" | "en" }) {
  const t = useTranslations("Edit");
  const initial: FormState = { errors: {}, values: { locale }, submissions: 0 };
  const [state, action] = useActionState(createGuidePageAction, initial);
  // creating reports no list of matches: an empty one keeps a message that names them whole
  const error = useErrorText(state.errors, "Errors", { matches: "" });
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <FormAlert message={error("form")} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} required defaultValue={state.values.slug} error={error("slug")} />
      <SelectField
        name="locale"
        label={t("locale")}
        validated={false}
        defaultValue={state.values.locale ?? locale}
        options={[
          ["zh", "中文"],
          ["en", "English"],
        ]}
      />
      <TextField name="title" label={t("pageTitle")} required maxLength={200} defaultValue={state.values.title} error={error("title")} />
      <TextField name="summary" label={t("summary")} maxLength={300} defaultValue={state.values.summary} error={error("summary")} />
      <TextAreaField name="body" label={t("body")} rows={16} defaultValue={state.values.body} error={error("body")} textareaClassName="font-mono text-sm" />
      <SubmitButton label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}
