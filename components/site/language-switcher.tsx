"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The same page in the other language. */
export function LanguageSwitcher({ target, label, text }: { target: "zh" | "en"; label: string; text: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={target}
      hrefLang={target === "zh" ? "zh-CN" : "en"}
      lang={target === "zh" ? "zh-CN" : "en"}
      aria-label={label}
      className="rounded-md border border-line bg-white px-2.5 py-1 text-sm font-medium text-ink no-underline hover:border-brand-600"
    >
      {text}
    </Link>
  );
}
