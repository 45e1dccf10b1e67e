import "server-only";
import { getLocale } from "next-intl/server";
import NextLink from "next/link";
import { redirect as nextRedirect } from "next/navigation";
import { createElement, type ComponentProps } from "react";
import { localizedHref, type SiteHref } from "./paths";
import type { AppLocale } from "./routing";

/*
 * Links and redirects to site paths in a language, on the server, over Next's own: next-intl's
 * navigation would put its client link (and its i18n runtime) into every page's script.
 */

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: SiteHref; locale?: AppLocale | string };

/**
 * A link in the page's language (or `locale`). Links do not prefetch: a page fetched ahead of
 * time is kept in the browser and could show figures or a revision from before a write. A
 * click asks the server, which answers from its own (always fresh) cache.
 */
export async function Link({ href, locale, prefetch = false, ...props }: LinkProps) {
  const target = locale ?? (await getLocale());
  return createElement(NextLink, { ...props, prefetch, href: localizedHref(target, href) });
}

/** Ends a server action or page with a redirect to a site path in `locale`. */
export function redirect({ href, locale }: { href: SiteHref; locale: AppLocale | string }): never {
  return nextRedirect(localizedHref(locale, href));
}
