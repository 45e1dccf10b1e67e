"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import { signInAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";

export function SignInForm({ locale, returnTo }: { locale: string; returnTo: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInAction, initialFormState);
  const error = useErrorText(state.errors);
  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <FormAlert message={error("form")} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values.email} error={error("email")} />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required error={error("password")} />
      <SubmitButton label={t("signIn")} pendingLabel={t("signingIn")} />
    </form>
  );
}
