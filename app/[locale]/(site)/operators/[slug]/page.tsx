import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OperatorContractSection } from "@/components/guide/operator-contract-section";
import { PaperworkLink } from "@/components/paperwork/paperwork-link";
import { ReportList } from "@/components/reports/report-list";
import { OperatorFigures } from "@/components/stats/operator-figures";
import { getOperatorBySlug, listOperators } from "@/db/queries/operators";
import { listRecentReports } from "@/db/queries/reports";
import { Link } from "@/i18n/navigation";
import { pageAlternates } from "@/lib/i18n/alternates";
import { operatorName } from "@/lib/i18n/operator-name";
import { colon } from "@/lib/i18n/punctuation";
import { guideLocale } from "@/lib/guide/locale";
import { SLUG_PATTERN } from "@/lib/guide/markdown";
import { loadOperatorGuide } from "@/lib/guide/view";
import { loadOperatorStats } from "@/lib/stats/figures";

/** The newest reports shown here; the rest are one link away, so the page stays light. */
const OPERATOR_PAGE_REPORTS = 5;

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateStaticParams() {
  return (await listOperators()).slice(0, 1).map((operator) => ({ slug: operator.slug }));
}

async function load({ params }: Props) {
  const { slug } = await params;
  return SLUG_PATTERN.test(slug) ? getOperatorBySlug({ slug }) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, slug }, operator] = await Promise.all([props.params, load(props)]);
  if (!operator) return {};
  const t = await getTranslations("StatsFollowUp");
  const alternates = pageAlternates(`/operators/${slug}`, locale);
  const name = operatorName(operator, locale);
  return {
    title: name,
    // this operator's own feed first, then the whole site's
    alternates: {
      ...alternates,
      types: { "application/atom+xml": [{ url: `/operators/${slug}/feed.xml`, title: t("feedTitle", { operator: name }) }, { url: "/feed.xml", title: "SIM Exit" }] },
    },
  };
}

export default async function OperatorPage(props: Props) {
  const [{ locale, slug }, operator] = await Promise.all([props.params, load(props)]);
  if (!operator) notFound();
  const [t, figures, reports, guide] = await Promise.all([
    getTranslations(),
    loadOperatorStats(slug),
    listRecentReports({ operator: slug, limit: OPERATOR_PAGE_REPORTS }),
    loadOperatorGuide({ operator: slug, locale: guideLocale(locale) }),
  ]);
  const name = operatorName(operator, locale);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {name}{" "}
          <span className="text-lg font-normal text-muted" lang="ru">
            {operator.names.ru}
          </span>
        </h1>
        <p className="mt-2 text-sm">
          {t("Operator.website")}
          {colon(locale)}
          <a href={operator.website} rel="noopener noreferrer" className="underline underline-offset-2">
            {operator.website.replace(/^https?:\/\//, "")}
          </a>
        </p>
        <PaperworkLink locale={locale} operator={name} className="mt-2 text-sm" />
        <p className="mt-2 text-sm">
          {/* a plain link: the feed is a file, not a page of the app */}
          <a href={`/operators/${slug}/feed.xml`} type="application/atom+xml">
            {t("StatsFollowUp.feedLink", { operator: name })}
          </a>
        </p>
      </header>

      <OperatorContractSection operator={slug} name={name} locale={locale} guide={guide} />

      <section aria-labelledby="figures" id="operator-figures" className="scroll-mt-4">
        <h2 id="figures" className="sr-only">
          {t("Operator.statsTitle")}
        </h2>
        {figures && <OperatorFigures stats={figures.stats} />}
      </section>

      <section aria-labelledby="reports" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="reports" className="text-xl font-bold">
            {t("Operator.latestReports")}
          </h2>
          <Link
            href={{ pathname: "/reports/new", query: { operator: slug } }}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("Operator.addReport", { operator: name })}
          </Link>
        </div>
        <ReportList reports={reports} empty={t("Operator.noReports")} />
        {reports.length > 0 && (
          <p>
            <Link href={`/operators/${slug}/reports`}>{t("Operator.allReports", { operator: name })} →</Link>
          </p>
        )}
      </section>
    </div>
  );
}
