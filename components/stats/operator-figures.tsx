import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { OperatorStats } from "@/lib/stats/summary";
import { FEW_REPORTS } from "@/lib/stats/format";
import { FollowUpFigures } from "./follow-up-figures";
import { RateBars, ShareBars } from "./rate-bars";
import { RateHeadline } from "./rate-headline";
import { TooFewNotice } from "./too-few-notice";
import { TrendChart } from "./trend-chart";

/** A headed block of figures; the heading names the region for screen readers. */
function FigureSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Everything the statistics contract gives for one operator, in words and charts. */
export async function OperatorFigures({ stats }: { stats: OperatorStats }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <div className="space-y-8">
      <div className="rounded-lg border border-line bg-white p-5">
        <RateHeadline kind="online" rate={stats.online} className="text-lg font-semibold" />
        <RateHeadline kind="offline" rate={stats.offline} className="mt-1" />
        {stats.reports.published < FEW_REPORTS && <TooFewNotice />}
        <p className="mt-2 text-sm text-muted">
          {t("Stats.reportsCount", { published: stats.reports.published })}
          {stats.reports.pending > 0 && <> · {t("Stats.pendingCount", { pending: stats.reports.pending })}</>}
          {stats.updatedAt && (
            <>
              {" "}
              ·{" "}
              {t("Stats.updated", { date: format.dateTime(new Date(stats.updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </>
          )}
        </p>
      </div>

      <div className="grid gap-8 md:grid-cols-2">
        <FigureSection id="by-channel" title={t("Stats.byChannel")}>
          <div className="mt-3">
            <RateBars
              testId="by-channel"
              rows={stats.byChannel.map((row) => ({
                key: row.channel,
                label: t(`Labels.channel.${row.channel}`),
                rate: row,
              }))}
            />
          </div>
        </FigureSection>
        <div className="space-y-8">
          <FigureSection id="by-location" title={t("Stats.byLocation")}>
            <div className="mt-3">
              <RateBars
                rows={stats.byLocation.map((row) => ({
                  key: row.location,
                  label: t(`Labels.location.${row.location}`),
                  rate: row,
                }))}
              />
            </div>
          </FigureSection>
          <FigureSection id="median-days" title={t("Stats.medianDays")}>
            <p className="mt-2 text-2xl font-semibold tabular-nums" data-testid="median-days">
              {stats.medianDaysToComplete === null
                ? t("Stats.noMedian")
                : t("Stats.medianDaysValue", { days: stats.medianDaysToComplete })}
            </p>
          </FigureSection>
          <FigureSection id="documents" title={t("Stats.documents")}>
            <p className="mt-1 text-sm text-muted">{t("Stats.documentsIntro")}</p>
            <div className="mt-3">
              <ShareBars
                rows={stats.documents.map((d) => ({ key: d.document, label: t(`Labels.document.${d.document}`), share: d.share }))}
              />
            </div>
          </FigureSection>
        </div>
      </div>

      <div className="grid gap-8 md:grid-cols-2">
        <FigureSection id="follow-up" title={t("StatsFollowUp.title")}>
          <div className="mt-2">
            <FollowUpFigures figures={stats.followUp} />
          </div>
        </FigureSection>
        <FigureSection id="by-registered-to" title={t("StatsFollowUp.byRegisteredTo")}>
          <p className="mt-1 text-sm text-muted">{t("StatsFollowUp.byRegisteredToIntro")}</p>
          <div className="mt-3">
            <RateBars
              testId="by-registered-to"
              rows={stats.byRegisteredTo.map((row) => ({
                key: row.registeredTo,
                label: t(`StatsFollowUp.registeredTo.${row.registeredTo}`),
                rate: row,
              }))}
            />
          </div>
        </FigureSection>
      </div>

      <FigureSection id="by-quarter" title={t("Stats.byQuarter")}>
        <div className="mt-3">
          <TrendChart points={stats.byQuarter} />
        </div>
      </FigureSection>
    </div>
  );
}
