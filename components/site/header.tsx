import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations();
  const [locale, user] = await Promise.all([getLocale(), currentUser()]);
  const other = locale === "zh" ? "en" : "zh";
  const nav = [
    { href: "/guide", label: t("Nav.guide") },
    { href: "/stats", label: t("Nav.stats") },
    ...(isModerator(user) ? [{ href: "/moderation", label: t("Nav.moderation") }] : []),
    user ? { href: "/account", label: user.name } : { href: "/signin", label: t("Nav.signIn") },
  ];
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto flex items-baseline gap-2 text-ink no-underline">
          <span className="text-lg font-bold tracking-tight">{t("Site.name")}</span>
          <span className="hidden text-sm text-muted sm:inline">{t("Site.nameLatin")}</span>
        </Link>
        <nav aria-label={t("Nav.main")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.95rem]">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="text-ink no-underline hover:text-brand-700 hover:underline">
              {item.label}
            </Link>
          ))}
          <Link
            href="/reports/new"
            className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("Nav.newReport")}
          </Link>
          <LanguageSwitcher target={other} label={t("Site.switchToLabel")} text={t("Site.switchTo")} />
        </nav>
      </div>
    </header>
  );
}
