import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { htmlLang, type AppLocale } from "@/i18n/routing";
import { DemoNotice } from "./demo-notice";
import { ErrorTextProvider } from "./error-text";
import { SiteFooter } from "./footer";
import { SiteHeader } from "./header";

/**
 * <html> to </html> around every page: skip link, header, demo notice (`demo`: the database
 * holds demo reports), main, footer.
 */
export async function PageFrame({ locale, demo, children }: { locale: AppLocale; demo: boolean; children: ReactNode }) {
  const [t, te] = await Promise.all([getTranslations("Site"), getTranslations("Error")]);
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ErrorTextProvider text={{ title: te("title"), body: te("body"), retry: te("retry") }}>
          <SiteHeader locale={locale} />
          {demo && <DemoNotice />}
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextProvider>
      </body>
    </html>
  );
}
