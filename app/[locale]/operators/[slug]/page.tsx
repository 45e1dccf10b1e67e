import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PaperworkLink } from "@/components/paperwork/paperwork-link";
import { FlagButton } from "@/components/reports/flag-button";
import { ReportDetails } from "@/components/reports/report-details";
import { OperatorFigures } from "@/components/stats/operator-figures";
import { inputClass } from "@/components/ui/field";
import { getOperatorBySlug } from "@/db/queries/operators";
import { decodeCursor, listPublishedReports, type ReportFilters } from "@/db/queries/reports";
import { getOperatorStats } from "@/db/queries/stats";
import { Link } from "@/i18n/navigation";
import { CHANNELS, LOCATIONS, OUTCOMES } from "@/lib/domain";

type SearchParams = { channel?: string; outcome?: string; location?: string; cursor?: string };
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]) =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const operator = await getOperatorBySlug({ slug });
  if (!operator) return {};
  return { title: locale === "zh" ? operator.nameZh : operator.nameEn };
}

export default async function OperatorPage({ params, searchParams }: Props) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  const operator = await getOperatorBySlug({ slug });
  if (!operator) notFound();
  const filters: ReportFilters = {
    operator: slug,
    channel: oneOf(query.channel, CHANNELS),
    outcome: oneOf(query.outcome, OUTCOMES),
    location: oneOf(query.location, LOCATIONS),
  };
  const cursor = typeof query.cursor === "string" ? decodeCursor(query.cursor) : null;
  const [t, stats, page] = await Promise.all([
    getTranslations(),
    getOperatorStats({ slug }),
    listPublishedReports({ filters, cursor, limit: 10 }),
  ]);
  const name = locale === "zh" ? operator.nameZh : operator.nameEn;
  const filterQuery = Object.fromEntries(
    Object.entries({ channel: filters.channel, outcome: filters.outcome, location: filters.location }).filter(([, v]) => v),
  ) as Record<string, string>;
  const filtered = Object.keys(filterQuery).length > 0;

  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {name}{" "}
          <span className="text-lg font-normal text-muted" lang="ru">
            {operator.nameRu}
          </span>
        </h1>
        <p className="mt-2 text-sm">
          {t("Operator.website")}:{" "}
          <a href={operator.website} rel="noopener noreferrer" className="underline underline-offset-2">
            {operator.website.replace(/^https?:\/\//, "")}
          </a>
        </p>
        <PaperworkLink locale={locale} operator={name} className="mt-2 text-sm" />
      </header>

      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">
          {t("Operator.statsTitle")}
        </h2>
        {stats && <OperatorFigures stats={stats} />}
      </section>

      <section aria-labelledby="reports" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="reports" className="text-xl font-bold">
            {t("Operator.reportsTitle")}
          </h2>
          <Link
            href={{ pathname: "/reports/new", query: { operator: slug } }}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("Operator.addReport", { operator: name })}
          </Link>
        </div>

        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-3" aria-label={t("Operator.filters")}>
          <FilterSelect name="channel" label={t("Stats.channel")} value={filters.channel} all={t("Operator.allChannels")}
            options={CHANNELS.map((c) => [c, t(`Labels.channel.${c}`)])} />
          <FilterSelect name="outcome" label={t("Form.outcome")} value={filters.outcome} all={t("Operator.allOutcomes")}
            options={OUTCOMES.map((o) => [o, t(`Labels.outcome.${o}`)])} />
          <FilterSelect name="location" label={t("Stats.location")} value={filters.location} all={t("Operator.allLocations")}
            options={LOCATIONS.map((l) => [l, t(`Labels.location.${l}`)])} />
          <button type="submit" className="rounded-md border border-brand-700 px-3 py-2 font-medium text-brand-700 hover:bg-brand-50">
            {t("Operator.apply")}
          </button>
          {filtered && (
            <Link href={`/operators/${slug}`} className="py-2 text-sm">
              {t("Operator.reset")}
            </Link>
          )}
        </form>

        {page.items.length === 0 ? (
          <p className="text-muted">{t("Operator.noReports")}</p>
        ) : (
          <ol className="space-y-4" data-testid="report-list">
            {page.items.map((report) => (
              <li key={report.id} className="rounded-lg border border-line bg-white p-4">
                <ReportDetails report={report} headingLevel={3} />
                <div className="mt-2 flex flex-wrap items-start justify-between gap-3 text-sm">
                  <Link href={`/reports/${report.id}`}>#{report.id.slice(0, 8)}</Link>
                  <FlagButton reportId={report.id} />
                </div>
              </li>
            ))}
          </ol>
        )}
        <nav className="flex gap-4" aria-label={t("Operator.reportsTitle")}>
          {cursor !== null && (
            <Link href={{ pathname: `/operators/${slug}`, query: filterQuery }}>{t("Operator.first")}</Link>
          )}
          {page.nextCursor && (
            <Link href={{ pathname: `/operators/${slug}`, query: { ...filterQuery, cursor: page.nextCursor } }} rel="next">
              {t("Operator.next")} →
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}

function FilterSelect({ name, label, value, all, options }: {
  name: string; label: string; value?: string; all: string; options: Array<[string, string]>;
}) {
  return (
    <div className="min-w-40 flex-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
