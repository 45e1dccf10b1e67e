"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";

export function SignInForm({ locale, returnTo }: { locale: string; returnTo: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <FormAlert code={state.errors.form} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values.email} errorCode={state.errors.email} />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required errorCode={state.errors.password} />
      <SubmitButton label={t("signIn")} pendingLabel={t("signingIn")} />
    </form>
  );
}
