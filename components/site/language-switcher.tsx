"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { pathInLocale } from "@/i18n/paths";

/** The same page in the other language; its accessible name is the text it shows. */
export function LanguageSwitcher({ target, text }: { target: "zh" | "en"; text: string }) {
  return (
    <NextLink
      href={pathInLocale(usePathname(), target)}
      prefetch={false}
      hrefLang={target === "zh" ? "zh-CN" : "en"}
      lang={target === "zh" ? "zh-CN" : "en"}
      className="rounded-md border border-line bg-white px-2.5 py-1 text-sm font-medium text-ink no-underline hover:border-brand-600"
    >
      {text}
    </NextLink>
  );
}
