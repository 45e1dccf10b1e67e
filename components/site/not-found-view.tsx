import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { StatusPage } from "./status-page";

/** The localized 404 of both route groups: reading pages and pages for one reader. */
export async function NotFoundView() {
  const [t, site] = await Promise.all([getTranslations("NotFound"), getTranslations("Site")]);
  return (
    <StatusPage code={404} title={t("title")} body={t("body")}>
      {/* its own title, not the site's default (a nested not-found takes no metadata): React puts it in <head> */}
      <title>{`${t("title")} · ${site("name")}`}</title>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline">
          {t("home")}
        </Link>
        <Link href="/guide" className="rounded-md border border-line bg-white px-4 py-2 font-medium no-underline">
          {t("guide")}
        </Link>
      </p>
    </StatusPage>
  );
}
