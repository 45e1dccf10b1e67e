import { localizedPath } from "@/i18n/paths";

/**
 * A page's canonical address in its language, its hreflang alternates (zh-CN, en, and
 * x-default: the Chinese page) and the site's Atom feed. Relative to metadataBase (SITE_URL).
 * Each page sets its own: Next replaces a parent's `alternates` as a whole.
 */
export function pageAlternates(path: string, locale: string) {
  const zh = localizedPath("zh", path);
  return {
    canonical: localizedPath(locale, path),
    languages: { "zh-CN": zh, en: localizedPath("en", path), "x-default": zh },
    types: { "application/atom+xml": "/feed.xml" },
  };
}
