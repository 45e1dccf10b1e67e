import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/pick-messages";

/** Gives the client islands inside it the messages they use, and nothing more. */
export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages, paths)}>
      {children}
    </NextIntlClientProvider>
  );
}
