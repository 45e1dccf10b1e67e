import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getGuidePage, listGuideRevisions } from "@/db/queries/guide";
import { Link } from "@/i18n/navigation";
import { guideLocale } from "@/lib/guide/locale";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ restore?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, page] = await Promise.all([getTranslations("History"), getGuidePage({ slug, locale: guideLocale(locale) })]);
  return { title: page ? t("title", { title: page.title }) : undefined, robots: { index: false } };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ locale, slug }, { restore }] = await Promise.all([params, searchParams]);
  const [t, format, page, revisions] = await Promise.all([
    getTranslations("History"),
    getFormatter(),
    getGuidePage({ slug, locale: guideLocale(locale) }),
    listGuideRevisions({ slug, locale: guideLocale(locale) }),
  ]);
  if (!page || !revisions) notFound();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title", { title: page.title })}</h1>
        <p className="mt-2">
          <Link href={`/guide/${slug}`}>← {t("back")}</Link>
        </p>
      </header>
      {restore && (
        <p role="status" className={`rounded-md border p-3 ${restore === "restored" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}>
          {restore === "restored" ? t("restored") : t("restoreConflict")}
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-label={t("allRevisions")}>
        <table className="w-full min-w-[36rem] border-collapse text-left text-[0.95rem]">
          <caption className="sr-only">{t("allRevisions")}</caption>
          <thead className="bg-slate-50 text-sm text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">#</th>
              <th scope="col" className="px-3 py-2">{t("time")}</th>
              <th scope="col" className="px-3 py-2">{t("author")}</th>
              <th scope="col" className="px-3 py-2">{t("summary")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("size")}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className="border-t border-line" data-testid={`revision-${revision.number}`}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/guide/${slug}/history/${revision.number}`}>{t("revision", { number: revision.number })}</Link>
                  {revision.id === page.revisionId && <span className="ml-2 text-xs text-muted">({t("current")})</span>}
                </th>
                <td className="px-3 py-2 text-sm">
                  <time dateTime={revision.createdAt}>{format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td className="px-3 py-2 text-sm">{revision.author ?? t("system")}</td>
                <td className="px-3 py-2 text-sm">{revision.summary}</td>
                <td className={`px-3 py-2 text-right text-sm tabular-nums ${revision.sizeChange > 0 ? "text-emerald-800" : revision.sizeChange < 0 ? "text-red-800" : "text-muted"}`}>
                  {revision.sizeChange > 0 ? "+" : ""}
                  {revision.sizeChange}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
