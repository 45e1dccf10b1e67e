import type { GuideLocale } from "@/lib/domain";

/** Route locales and guide locales are the same two codes; anything else falls back to zh. */
export function guideLocale(locale: string | null | undefined): GuideLocale {
  return locale === "en" ? "en" : "zh";
}
