import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedPath } from "@/i18n/paths";
import type { AppLocale } from "@/i18n/routing";
import { AccountLink } from "./account-link";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The same for every reader, so pages can be served from the cache: who is signed in is
 * filled in by a small client island (AccountLink), which gets its words as props: reading
 * pages ship no i18n code to the browser.
 */
export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations();
  const other = locale === "zh" ? "en" : "zh";
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto flex items-baseline gap-2 text-ink no-underline">
          <span className="text-lg font-bold tracking-tight">{t("Site.name")}</span>
          <span className="hidden text-sm text-muted sm:inline">{t("Site.nameLatin")}</span>
        </Link>
        <nav aria-label={t("Nav.main")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.95rem]">
          <Link href="/guide" className="text-ink no-underline hover:text-brand-700 hover:underline">
            {t("Nav.guide")}
          </Link>
          <Link href="/policy" className="text-ink no-underline hover:text-brand-700 hover:underline">
            {t("Nav.policy")}
          </Link>
          <Link href="/stats" className="text-ink no-underline hover:text-brand-700 hover:underline">
            {t("Nav.stats")}
          </Link>
          <AccountLink
            text={{
              signIn: t("Nav.signIn"),
              moderation: t("Nav.moderation"),
              signInPath: localizedPath(locale, "/signin"),
              accountPath: localizedPath(locale, "/account"),
              moderationPath: localizedPath(locale, "/moderation"),
            }}
          />
          <Link href="/reports/new" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-brand-800">
            {t("Nav.newReport")}
          </Link>
          <LanguageSwitcher target={other} text={t("Site.switchTo")} />
        </nav>
      </div>
    </header>
  );
}
