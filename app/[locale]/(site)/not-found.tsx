import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const [t, site] = await Promise.all([getTranslations("NotFound"), getTranslations("Site")]);
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      {/* its own title, not the site's default (a nested not-found takes no metadata): React puts it in <head> */}
      <title>{`${t("title")} · ${site("name")}`}</title>
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline">
          {t("home")}
        </Link>
        <Link href="/guide" className="rounded-md border border-line bg-white px-4 py-2 font-medium no-underline">
          {t("guide")}
        </Link>
      </p>
    </section>
  );
}
