import type { AppLocale } from "./routing";

/** A site path in a language: Chinese unprefixed, English under /en. */
export function localizedPath(locale: AppLocale | string, path: string): string {
  if (locale !== "en") return path;
  return path === "/" ? "/en" : `/en${path}`;
}

type QueryValue = string | number | readonly string[] | undefined | null;

/** A link target: a path, or a path with query parameters (empty ones left out). */
export type SiteHref = string | { pathname: string; query?: Record<string, QueryValue> };

/** The URL of a site path in a language, with its query string. */
export function localizedHref(locale: AppLocale | string, href: SiteHref): string {
  if (typeof href === "string") return localizedPath(locale, href);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const query = search.toString();
  return localizedPath(locale, href.pathname) + (query ? `?${query}` : "");
}

/**
 * The path of the page being read, in another language. Works on the visible path (`/guide`,
 * `/en/guide`) and on the internal one a cached page was rendered at (`/zh/guide`), so the
 * server and the browser agree.
 */
export function pathInLocale(pathname: string, target: AppLocale): string {
  const bare = pathname.replace(/^\/(?:zh|en)(?=\/|$)/, "") || "/";
  return localizedPath(target, bare);
}
