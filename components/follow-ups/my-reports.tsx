import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuthorReport } from "@/lib/follow-ups/view";
import { followUpWindow, windowState } from "@/lib/follow-ups/window";
import { formatDay } from "./follow-up-text";

/**
 * The reports a member posted while signed in, each with its follow-up page. No token is
 * stored to show here: the member's session opens the page instead of the link.
 */
export async function MyReports({ reports, now }: { reports: AuthorReport[]; now: Date }) {
  const [t, tl, format] = await Promise.all([getTranslations("FollowUp"), getTranslations("Labels"), getFormatter()]);
  const day = (iso: string) => formatDay(format, iso, "medium");
  return (
    <section aria-labelledby="my-reports" className="rounded-lg border border-line bg-white p-5">
      <h2 id="my-reports" className="text-lg font-semibold">
        {t("myReportsTitle")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("myReportsIntro")}</p>
      {reports.length === 0 ? (
        <p className="mt-3 text-muted">{t("myReportsEmpty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line" data-testid="my-reports">
          {reports.map((report) => {
            const period = followUpWindow(report.attemptedMonth);
            const state = windowState(report.attemptedMonth, now);
            return (
              <li key={report.id} className="py-3">
                <p className="font-medium">
                  {report.operatorName} · {tl(`channel.${report.channel}`)} ·{" "}
                  {tl(`outcome.${report.outcome}`)} · {report.attemptedMonth}
                </p>
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <span className="text-muted">{tl(`status.${report.status}`)}</span>
                  <span className="text-muted">
                    {state === "early"
                      ? t("myReportsFrom", { date: day(period.opensOn) })
                      : state === "open"
                        ? t("myReportsUntil", { date: day(period.closesOn) })
                        : t("myReportsClosed")}
                  </span>
                  {report.status === "published" && <Link href={`/reports/${report.id}`}>{t("openReport")}</Link>}
                  <Link href={`/account/follow-ups/${report.id}`} className="font-semibold">
                    {t("myReportsFollowUp")}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
