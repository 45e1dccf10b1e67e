import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorTable } from "@/components/stats/operator-table";
import { pageAlternates } from "@/lib/i18n/alternates";
import { colon } from "@/lib/i18n/punctuation";
import { loadOperatorRows } from "@/lib/stats/figures";
import { rankByLowerBound } from "@/lib/stats/ranking";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations("Stats");
  return { title: t("title"), alternates: pageAlternates("/stats", locale) };
}

export default async function StatsPage({ params }: Props) {
  const { locale } = await params;
  const [t, tf, operators] = await Promise.all([getTranslations("Stats"), getTranslations("StatsFollowUp"), loadOperatorRows()]);
  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 text-muted">{t("intro")}</p>
      </header>
      <OperatorTable operators={rankByLowerBound(operators)} ranked />
      <section aria-labelledby="methodology" className="max-w-3xl">
        <h2 id="methodology" className="text-xl font-bold">
          {t("methodologyTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          <li>{t("methodology1")}</li>
          <li>{t("methodology2")}</li>
          <li>{t("methodology3")}</li>
          <li>{t("methodology4")}</li>
          <li>{tf("methodology")}</li>
        </ul>
        <p className="mt-4 text-sm text-muted">
          {t("apiLink")}
          {colon(locale)}
          <code>/api/v1/operators</code>, <code>/api/v1/operators/&#123;slug&#125;/stats</code>
        </p>
      </section>
    </div>
  );
}
