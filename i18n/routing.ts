import { defineRouting } from "next-intl/routing";

// Chinese at unprefixed paths, English under /en. No Accept-Language redirect: a shared
// link opens in the language it was shared in.
export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
  localePrefix: "as-needed",
  localeDetection: false,
  // pages declare their own hreflang alternates (with SITE_URL); no Link headers from the request's host
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tags for <html lang> and hreflang. */
export const htmlLang: Record<AppLocale, string> = { zh: "zh-CN", en: "en" };
