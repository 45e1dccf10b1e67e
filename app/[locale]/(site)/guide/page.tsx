import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listGuidePages } from "@/db/queries/guide";
import { ModeratorOnly } from "@/components/site/moderator-only";
import { Link } from "@/i18n/navigation";
import { guideLocale } from "@/lib/guide/locale";
import { pageAlternates } from "@/lib/i18n/alternates";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations("Guide");
  return { title: t("title"), alternates: pageAlternates("/guide", locale) };
}

export default async function GuideIndexPage({ params }: Props) {
  const { locale } = await params;
  const [t, format, pages] = await Promise.all([getTranslations("Guide"), getFormatter(), listGuidePages({ locale: guideLocale(locale) })]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("intro")}</p>
      <ModeratorOnly>
        <p className="mt-4">
          <Link href="/guide/new" className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium no-underline hover:border-brand-600">
            {t("newPage")}
          </Link>
        </p>
      </ModeratorOnly>
      <ol className="mt-8 space-y-4">
        {pages.map((page, index) => (
          <li key={page.slug} className="rounded-lg border border-line bg-white p-4">
            <h2 className="text-lg font-semibold">
              <span className="mr-2 text-muted tabular-nums">{index + 1}.</span>
              <Link href={`/guide/${page.slug}`}>{page.title}</Link>
            </h2>
            <p className="mt-1 text-[0.95rem] text-muted">{page.summary}</p>
            <p className="mt-2 text-xs text-muted">
              {t("lastUpdated", { date: format.dateTime(new Date(page.updatedAt), { dateStyle: "medium" }) })}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
