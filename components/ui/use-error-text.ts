"use client";

import { useTranslations } from "next-intl";

/**
 * A form's error codes (field → code) in the reader's words: `namespace` holds the messages
 * (Errors unless said), `params` fill their placeholders. For forms on pages that ship their
 * messages (ClientMessages); islands on reading pages get their words as props instead.
 */
export function useErrorText(errors: Record<string, string>, namespace = "Errors", params?: Record<string, string>) {
  const t = useTranslations(namespace as "Errors");
  return (name: string) => (errors[name] ? t(errors[name] as "required", params) : undefined);
}
