import type { AppLocale } from "./routing";

/** A site path in a language: Chinese unprefixed, English under /en. */
export function localizedPath(locale: AppLocale | string, path: string): string {
  if (locale !== "en") return path;
  return path === "/" ? "/en" : `/en${path}`;
}
