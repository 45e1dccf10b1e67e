import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { routing } from "./routing";

/**
 * The locale is the root segment ([locale]), read through next/root-params so cached
 * components can use it (it becomes part of their cache key). Server actions and route
 * handlers have no root params: they pass the locale explicitly.
 */
async function localeFromRoute() {
  try {
    return await rootLocale();
  } catch {
    return undefined; // a route handler or server action: no root params there
  }
}

export default getRequestConfig(async ({ locale: explicit }) => {
  const requested = explicit ?? (await localeFromRoute());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: "UTC",
  };
});
