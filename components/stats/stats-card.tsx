import { getLocale, getTranslations } from "next-intl/server";
import { getOperatorBySlug } from "@/db/queries/operators";
import { getOperatorStats } from "@/db/queries/stats";
import { Link } from "@/i18n/navigation";
import { FEW_REPORTS } from "@/lib/stats/format";
import { RateHeadline } from "./rate-headline";

/** The live figure card that `::stats{operator="…"}` puts into a guide page. */
export async function StatsCard({ slug }: { slug: string }) {
  const t = await getTranslations("Guide");
  const locale = await getLocale();
  const [operator, stats] = await Promise.all([getOperatorBySlug({ slug }), getOperatorStats({ slug })]);
  if (!operator || !stats) {
    return <p className="my-4 rounded-md border border-dashed border-line p-3 text-sm text-muted">{t("statsCardUnknown", { slug })}</p>;
  }
  const name = locale === "zh" ? operator.nameZh : operator.nameEn;
  return (
    <aside
      aria-label={t("statsCardTitle", { operator: name })}
      className="stats-card my-5 rounded-lg border border-brand-100 bg-brand-50 p-4"
      data-testid={`stats-card-${slug}`}
    >
      <p className="font-semibold">{t("statsCardTitle", { operator: name })}</p>
      <div className="mt-2 space-y-1 text-[0.95rem]">
        <RateHeadline kind="online" rate={stats.online} />
        <RateHeadline kind="offline" rate={stats.offline} />
      </div>
      {stats.reports.published < FEW_REPORTS && <TooFewNotice />}
      <p className="mt-2 text-sm">
        <Link href={`/operators/${slug}`}>{t("statsCardLink", { operator: name })} →</Link>
      </p>
    </aside>
  );
}

export async function TooFewNotice() {
  const t = await getTranslations("Stats");
  return <p className="mt-2 text-sm font-medium text-amber-900">{t("tooFew")}</p>;
}
