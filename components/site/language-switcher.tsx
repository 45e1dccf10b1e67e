"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The same page in the other language; its accessible name is the text it shows. */
export function LanguageSwitcher({ target, text }: { target: "zh" | "en"; text: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={target}
      hrefLang={target === "zh" ? "zh-CN" : "en"}
      lang={target === "zh" ? "zh-CN" : "en"}
      className="rounded-md border border-line bg-white px-2.5 py-1 text-sm font-medium text-ink no-underline hover:border-brand-600"
    >
      {text}
    </Link>
  );
}
