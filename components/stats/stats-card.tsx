import { getLocale, getTranslations } from "next-intl/server";
import type { OperatorView } from "@/db/queries/operators";
import { Link } from "@/i18n/navigation";
import { operatorName } from "@/lib/i18n/operator-name";
import { FEW_REPORTS } from "@/lib/stats/format";
import type { OperatorFigures } from "@/lib/stats/figures";
import { RateHeadline } from "./rate-headline";
import { TooFewNotice } from "./too-few-notice";

/** The live figure card that `::stats{operator="…"}` puts into a guide page; the page loads the figures. */
export async function StatsCard({ slug, operator, figures }: { slug: string; operator?: OperatorView; figures?: OperatorFigures }) {
  const [t, locale] = await Promise.all([getTranslations("Guide"), getLocale()]);
  if (!operator || !figures) {
    return <p className="my-4 rounded-md border border-dashed border-line p-3 text-sm text-muted">{t("statsCardUnknown", { slug })}</p>;
  }
  const name = operatorName(operator, locale);
  const { stats } = figures;
  return (
    <aside aria-label={t("statsCardTitle", { operator: name })} className="stats-card my-5 rounded-lg border border-brand-100 bg-brand-50 p-4" data-testid={`stats-card-${slug}`}>
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
