import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PublicReport } from "@/db/queries/reports";
import { colon } from "@/lib/i18n/punctuation";

/** The facts of one report; the story is plain text (React escapes it), line breaks kept. */
export async function ReportDetails({ report, headingLevel = 2 }: { report: PublicReport; headingLevel?: 2 | 3 }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const outcomeTone =
    report.outcome === "success"
      ? "bg-emerald-100 text-emerald-900"
      : report.outcome === "failure"
        ? "bg-rose-100 text-rose-900"
        : "bg-slate-200 text-slate-800";
  const rows: Array<[string, string]> = [
    [t("Report.attempted"), report.attemptedMonth],
    [t("Report.location"), t(`Labels.location.${report.location}`)],
  ];
  if (report.daysToComplete !== null) rows.push([t("Report.days"), t("Report.daysValue", { days: report.daysToComplete })]);
  if (report.registeredTo) rows.push([t("Report.registeredTo"), t(`Labels.registeredTo.${report.registeredTo}`)]);
  if (report.documents.length)
    rows.push([t("Report.documents"), format.list(report.documents.map((d) => t(`Labels.document.${d}`)))]);
  if (report.balanceRefunded) rows.push([t("Report.balanceRefunded"), t(`Labels.balanceRefunded.${report.balanceRefunded}`)]);
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <Heading className="text-base font-semibold">{t(`Labels.channel.${report.channel}`)}</Heading>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${outcomeTone}`}>
          {t(`Labels.outcome.${report.outcome}`)}
        </span>
        {report.demo && (
          <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-950">{t("Report.demo")}</span>
        )}
      </div>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-[0.95rem]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 whitespace-pre-line break-words" lang={report.language === "zh" ? "zh-CN" : report.language}>
        {report.story || <span className="text-muted">{t("Report.noStory")}</span>}
      </p>
      <p className="mt-3 text-sm text-muted">
        {t("Report.by")}
        {colon(locale)}
        {report.displayName ?? t("Report.anonymous")} ·{" "}
        <time dateTime={report.createdAt}>
          {t("Report.postedAt", { date: format.dateTime(new Date(report.createdAt), { dateStyle: "medium" }) })}
        </time>
      </p>
    </div>
  );
}
