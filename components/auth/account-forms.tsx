"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "./new-password-field";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { changePasswordAction, updateProfileAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(updateProfileAction, { ...initialFormState, values: { name } });
  return (
    <form key={state.submissions} action={action} className="space-y-4" noValidate>
      <FormAlert code={state.errors.form} />
      {state.ok && <FormAlert tone="success" code={t("profileSaved")} />}
      <TextField name="name" label={t("name")} required maxLength={60} defaultValue={state.values.name} errorCode={state.errors.name} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form key={state.submissions} action={action} className="space-y-4" noValidate>
      <FormAlert code={state.errors.form} />
      {state.ok && <FormAlert tone="success" code={t("passwordSaved")} />}
      <TextField name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errorCode={state.errors.currentPassword} />
      <NewPasswordField name="newPassword" label={t("newPassword")} errorCode={state.errors.newPassword} />
      <SubmitButton label={t("changePassword")} pendingLabel={t("saving")} />
    </form>
  );
}
