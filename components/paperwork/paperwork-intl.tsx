"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";

/**
 * The paperwork tool's own messages (the Paperwork namespace only), independent of the
 * layout's provider. A client module, so next-intl's client provider is used as is: it
 * reads nothing from the request (formats, time zone, now) on the server.
 */
export function PaperworkIntl({ locale, messages, children }: { locale: string; messages: AbstractIntlMessages; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
