"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "./new-password-field";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { registerAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";

export function RegisterForm({ locale }: { locale: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(registerAction, initialFormState);
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <FormAlert code={state.errors.form} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values.email} errorCode={state.errors.email} />
      <TextField name="name" label={t("name")} autoComplete="nickname" required maxLength={60} defaultValue={state.values.name} errorCode={state.errors.name} />
      <NewPasswordField name="password" label={t("password")} errorCode={state.errors.password} />
      <SubmitButton label={t("register")} pendingLabel={t("registering")} />
    </form>
  );
}
