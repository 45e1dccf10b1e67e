import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { hasDemoReports } from "@/db/queries/reports";
import { htmlLang, type AppLocale } from "@/i18n/routing";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { DemoNotice } from "./demo-notice";
import { SiteFooter } from "./footer";
import { SiteHeader } from "./header";

/** Client islands of every page (the error boundary, the account link) use these. */
const FRAME_CLIENT_MESSAGES = ["Error", "Nav"] as const;

/** <html> to </html> around every page: skip link, header, demo notice, main, footer. */
export async function PageFrame({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const [t, demo, messages] = await Promise.all([getTranslations("Site"), hasDemoReports(), getMessages()]);
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={pickMessages(messages, FRAME_CLIENT_MESSAGES)}>
          <SiteHeader locale={locale} />
          {demo && <DemoNotice />}
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
