import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PublicFollowUps } from "@/components/follow-ups/public-follow-ups";
import { FlagButton } from "@/components/reports/flag-button";
import { flagText } from "@/components/reports/flag-text";
import { ReportDetails } from "@/components/reports/report-details";
import { QueryNotice } from "@/components/site/query-notice";
import { getOperatorBySlug } from "@/db/queries/operators";
import { listPublishedFollowUps } from "@/db/queries/follow-ups";
import { getReport } from "@/db/queries/reports";
import { Link } from "@/i18n/navigation";
import { pageAlternates } from "@/lib/i18n/alternates";
import { operatorName } from "@/lib/i18n/operator-name";

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  // ids are not known at build time: this one renders the "not found" page once; real ones on their first visit
  return [{ id: "00000000-0000-4000-8000-000000000000" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, id }, t] = await Promise.all([params, getTranslations("Report")]);
  return { title: t("title"), robots: { index: false }, alternates: pageAlternates(`/reports/${id}`, locale) };
}

export default async function ReportPage({ params }: Props) {
  const { locale, id } = await params;
  const report = await getReport({ id });
  if (!report || report.status === "rejected") notFound();
  const t = await getTranslations("Report");
  if (report.status !== "published") {
    return (
      <section className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Suspense>
          <QueryNotice param="held" notices={{ "1": { text: t("pendingNotice"), tone: "warning" } }} />
        </Suspense>
        <p className="mt-4 rounded-md border border-line bg-white p-4">{t("notPublished")}</p>
      </section>
    );
  }
  const [operator, followUps] = await Promise.all([getOperatorBySlug({ slug: report.operator }), listPublishedFollowUps({ reportId: report.id })]);
  const name = operator ? operatorName(operator, locale) : report.operator;
  return (
    <article className="mx-auto max-w-2xl">
      <Suspense>
        <QueryNotice param="posted" notices={{ "1": { text: t("postedNotice") } }} />
      </Suspense>
      <p className="mt-4 text-sm text-muted">
        <Link href={`/operators/${report.operator}`}>{name}</Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">
        {t("title")} · {name}
      </h1>
      <div className="mt-6 rounded-lg border border-line bg-white p-5">
        <ReportDetails report={report} />
      </div>
      <PublicFollowUps followUps={followUps} />
      <div className="mt-3">
        <FlagButton reportId={report.id} text={await flagText()} />
      </div>
      <p className="mt-6">
        <Link href={`/operators/${report.operator}`}>{t("backToOperator", { operator: name })} →</Link>
      </p>
    </article>
  );
}
