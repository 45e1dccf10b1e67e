import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ReportList } from "@/components/reports/report-list";
import { SelectField } from "@/components/ui/select-field";
import { getOperatorBySlug, listOperators } from "@/db/queries/operators";
import { decodeCursor, listPublishedReports, type ReportFilters } from "@/db/queries/reports";
import { Link } from "@/i18n/navigation";
import { CHANNELS, LOCATIONS, OUTCOMES } from "@/lib/domain";
import { SLUG_PATTERN } from "@/lib/guide/markdown";
import { pageAlternates } from "@/lib/i18n/alternates";
import { operatorName } from "@/lib/i18n/operator-name";

type Query = { channel?: string; outcome?: string; location?: string; cursor?: string };
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Query> };

const filterLabel = "text-sm font-medium";

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]) =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export async function generateStaticParams() {
  return (await listOperators()).slice(0, 1).map((operator) => ({ slug: operator.slug }));
}

async function load({ params }: Pick<Props, "params">) {
  const { slug } = await params;
  return SLUG_PATTERN.test(slug) ? getOperatorBySlug({ slug }) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, slug }, operator, t] = await Promise.all([props.params, load(props), getTranslations("Operator")]);
  if (!operator) return {};
  return {
    title: t("allReports", { operator: operatorName(operator, locale) }),
    alternates: pageAlternates(`/operators/${slug}/reports`, locale),
  };
}

/** Every published report of one operator, filtered and paged (the one reading view that depends on the query). */
export default async function OperatorReportsPage(props: Props) {
  const [{ locale, slug }, operator, t] = await Promise.all([props.params, load(props), getTranslations()]);
  if (!operator) notFound();
  const name = operatorName(operator, locale);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href={`/operators/${slug}`}>← {name}</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{t("Operator.allReports", { operator: name })}</h1>
      </header>
      <Suspense fallback={<p className="text-muted">{t("Operator.loading")}</p>}>
        <FilteredReports slug={slug} searchParams={props.searchParams} />
      </Suspense>
    </div>
  );
}

async function FilteredReports({ slug, searchParams }: { slug: string; searchParams: Promise<Query> }) {
  const [query, t] = await Promise.all([searchParams, getTranslations()]);
  const filters: ReportFilters = {
    operator: slug,
    channel: oneOf(query.channel, CHANNELS),
    outcome: oneOf(query.outcome, OUTCOMES),
    location: oneOf(query.location, LOCATIONS),
  };
  const cursor = typeof query.cursor === "string" ? decodeCursor(query.cursor) : null;
  const page = await listPublishedReports({ filters, cursor, limit: 20 });
  const filterQuery = Object.fromEntries(
    Object.entries({ channel: filters.channel, outcome: filters.outcome, location: filters.location }).filter(([, v]) => v),
  ) as Record<string, string>;
  const filtered = Object.keys(filterQuery).length > 0;
  return (
    <div className="space-y-4">
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-3" aria-label={t("Operator.filters")}>
        {/* filters: nothing to validate, so no error lines */}
        <SelectField name="channel" label={t("Stats.channel")} labelClassName={filterLabel} validated={false} defaultValue={filters.channel ?? ""} className="min-w-40 flex-1"
          options={[["", t("Operator.allChannels")], ...CHANNELS.map((c) => [c, t(`Labels.channel.${c}`)] as [string, string])]} />
        <SelectField name="outcome" label={t("Form.outcome")} labelClassName={filterLabel} validated={false} defaultValue={filters.outcome ?? ""} className="min-w-40 flex-1"
          options={[["", t("Operator.allOutcomes")], ...OUTCOMES.map((o) => [o, t(`Labels.outcome.${o}`)] as [string, string])]} />
        <SelectField name="location" label={t("Stats.location")} labelClassName={filterLabel} validated={false} defaultValue={filters.location ?? ""} className="min-w-40 flex-1"
          options={[["", t("Operator.allLocations")], ...LOCATIONS.map((l) => [l, t(`Labels.location.${l}`)] as [string, string])]} />
        <button type="submit" className="rounded-md border border-brand-700 px-3 py-2 font-medium text-brand-700 hover:bg-brand-50">
          {t("Operator.apply")}
        </button>
        {filtered && (
          <Link href={`/operators/${slug}/reports`} className="py-2 text-sm">
            {t("Operator.reset")}
          </Link>
        )}
      </form>
      <ReportList reports={page.items} empty={t("Operator.noReports")} />
      <nav className="flex gap-4" aria-label={t("Operator.pages")}>
        {cursor !== null && <Link href={{ pathname: `/operators/${slug}/reports`, query: filterQuery }}>{t("Operator.first")}</Link>}
        {page.nextCursor && (
          <Link href={{ pathname: `/operators/${slug}/reports`, query: { ...filterQuery, cursor: page.nextCursor } }} rel="next">
            {t("Operator.next")} →
          </Link>
        )}
      </nav>
    </div>
  );
}
