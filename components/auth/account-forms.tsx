"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
import { changePasswordAction, updateProfileAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";
import { NewPasswordField } from "./new-password-field";

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(updateProfileAction, { ...initialFormState, values: { name } });
  const error = useErrorText(state.errors);
  return (
    <form key={state.submissions} action={action} className="space-y-4" noValidate>
      <FormAlert message={error("form")} />
      {state.ok && <FormAlert tone="success" message={t("profileSaved")} />}
      <TextField name="name" label={t("name")} required maxLength={60} defaultValue={state.values.name} error={error("name")} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const error = useErrorText(state.errors);
  return (
    <form key={state.submissions} action={action} className="space-y-4" noValidate>
      <FormAlert message={error("form")} />
      {state.ok && <FormAlert tone="success" message={t("passwordSaved")} />}
      <TextField name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required error={error("currentPassword")} />
      <NewPasswordField name="newPassword" label={t("newPassword")} error={error("newPassword")} />
      <SubmitButton label={t("changePassword")} pendingLabel={t("saving")} />
    </form>
  );
}
