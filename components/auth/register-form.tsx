"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import { registerAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";
import { NewPasswordField } from "./new-password-field";

export function RegisterForm({ locale }: { locale: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(registerAction, initialFormState);
  const error = useErrorText(state.errors);
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <FormAlert message={error("form")} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values.email} error={error("email")} />
      <TextField name="name" label={t("name")} autoComplete="nickname" required maxLength={60} defaultValue={state.values.name} error={error("name")} />
      <NewPasswordField name="password" label={t("password")} error={error("password")} />
      <SubmitButton label={t("register")} pendingLabel={t("registering")} />
    </form>
  );
}
