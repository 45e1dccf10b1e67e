import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FlagButton } from "@/components/reports/flag-button";
import { ReportDetails } from "@/components/reports/report-details";
import { getOperatorBySlug } from "@/db/queries/operators";
import { getReport } from "@/db/queries/reports";
import { Link } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ held?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Report");
  return { title: t("title"), robots: { index: false } };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ locale, id }, { held }] = await Promise.all([params, searchParams]);
  const report = await getReport({ id });
  if (!report || report.status === "rejected") notFound();
  const t = await getTranslations("Report");
  if (report.status !== "published") {
    return (
      <section className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
          {held ? t("pendingNotice") : t("notPublished")}
        </p>
      </section>
    );
  }
  const operator = await getOperatorBySlug({ slug: report.operator });
  const operatorName = operator ? (locale === "zh" ? operator.nameZh : operator.nameEn) : report.operator;
  return (
    <article className="mx-auto max-w-2xl">
      <p className="text-sm text-muted">
        <Link href={`/operators/${report.operator}`}>{operatorName}</Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">
        {t("title")} · {operatorName}
      </h1>
      <div className="mt-6 rounded-lg border border-line bg-white p-5">
        <ReportDetails report={report} />
      </div>
      <div className="mt-3">
        <FlagButton reportId={report.id} />
      </div>
      <p className="mt-6">
        <Link href={`/operators/${report.operator}`}>{t("backToOperator", { operator: operatorName })} →</Link>
      </p>
    </article>
  );
}
