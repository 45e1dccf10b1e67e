import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { QueryNotice } from "@/components/site/query-notice";
import { listGuideRevisions } from "@/db/queries/guide";
import { Link } from "@/i18n/navigation";
import { guideLocale } from "@/lib/guide/locale";
import { GUIDE_SLUG } from "@/lib/guide/schema";
import { loadGuideView } from "@/lib/guide/view";
import { pageAlternates } from "@/lib/i18n/alternates";

/** The newest revisions; a page's whole history stays available from the API. */
const HISTORY_ROWS = 500;

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  if (!GUIDE_SLUG.test(slug)) return null;
  const [view, revisions] = await Promise.all([loadGuideView({ slug, locale: guideLocale(locale) }), listGuideRevisions({ slug, locale: guideLocale(locale) })]);
  return view && revisions ? { page: view.page, revisions } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, slug }, t, found] = await Promise.all([props.params, getTranslations("History"), load(props)]);
  return {
    title: found ? t("title", { title: found.page.title }) : undefined,
    robots: { index: false },
    alternates: pageAlternates(`/guide/${slug}/history`, locale),
  };
}

export default async function HistoryPage(props: Props) {
  const [{ slug }, found, t, format] = await Promise.all([props.params, load(props), getTranslations("History"), getFormatter()]);
  if (!found) notFound();
  const { page, revisions } = found;
  const warning = (text: string) => ({ text, tone: "warning" as const });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title", { title: page.title })}</h1>
        <p className="mt-2">
          <Link href={`/guide/${slug}`}>← {t("back")}</Link>
        </p>
        <Suspense>
          <QueryNotice
            param="restore"
            notices={{
              restored: { text: t("restored") },
              unchanged: { text: t("restoreUnchanged") },
              forbidden: warning(t("restoreForbidden")),
              rate_limited: warning(t("restoreRateLimited")),
              conflict: warning(t("restoreConflict")),
              not_found: warning(t("restoreNotFound")),
              unrenderable: warning(t("restoreUnrenderable")),
              failed: warning(t("restoreFailed")),
            }}
          />
        </Suspense>
      </header>
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
            {revisions.slice(0, HISTORY_ROWS).map((revision) => (
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
      {revisions.length > HISTORY_ROWS && <p className="text-sm text-muted">{t("olderRevisions", { count: revisions.length - HISTORY_ROWS })}</p>}
    </div>
  );
}
