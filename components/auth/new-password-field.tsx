"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

/** A password being chosen (sign-up, change): the rules as a hint, the browser's generator invited. */
export function NewPasswordField({ name, label, error }: { name: string; label: string; error?: string }) {
  const t = useTranslations("Auth");
  return (
    <TextField
      name={name}
      type="password"
      label={label}
      hint={t("passwordHint")}
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={128}
      error={error}
    />
  );
}
