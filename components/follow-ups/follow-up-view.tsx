import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/site/client-messages";
import { Link } from "@/i18n/navigation";
import { FOLLOW_UP_KINDS } from "@/lib/domain";
import type { FollowUpPage } from "@/lib/follow-ups/view";
import { followUpWindow, windowState } from "@/lib/follow-ups/window";
import { FollowUpKindForm, type FollowUpCredential } from "./follow-up-kind-form";
import { formatDay, reminderText } from "./follow-up-text";
import { ReminderLink } from "./reminder-link";

/**
 * The author's private follow-up page, reached through the link (token) or their account.
 * Before day 30 it says when to come back and offers calendar reminders; from day 30 to 365
 * it takes one follow-up of each kind; afterwards it only lists what was added.
 */
export async function FollowUpView({
  report,
  followUps,
  credential,
  selfUrl,
  now,
  justPosted = false,
}: FollowUpPage & {
  credential: FollowUpCredential;
  selfUrl: string;
  now: Date;
  /** reached straight from the report form (without JavaScript): thank the author first */
  justPosted?: boolean;
}) {
  const [t, tl, format] = await Promise.all([getTranslations("FollowUp"), getTranslations("Labels"), getFormatter()]);
  const day = (iso: string) => formatDay(format, iso);
  const period = followUpWindow(report.attemptedMonth);
  const state = windowState(report.attemptedMonth, now);
  const published = report.status === "published";
  const byKind = new Map(followUps.map((f) => [f.kind, f]));
  const facts: Array<[string, string]> = [
    [t("factOperator"), report.operatorName],
    [t("factChannel"), tl(`channel.${report.channel}`)],
    [t("factOutcome"), tl(`outcome.${report.outcome}`)],
    [t("factAttempted"), report.attemptedMonth],
  ];

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("pageTitle")}</h1>
        <p className="mt-2 text-muted">{t("pageIntro")}</p>
      </header>
      {justPosted && (
        <section
          role="status"
          aria-labelledby="posted-title"
          className="rounded-lg border border-emerald-300 bg-emerald-50 p-5"
          data-testid="report-posted"
          data-report-id={report.id}
          data-status={report.status}
        >
          <h2 id="posted-title" className="text-xl font-bold text-emerald-950">
            {t("postedHereTitle")}
          </h2>
          <p className="mt-2 text-emerald-950">{published ? t("confirmPublished") : t("confirmReceived")}</p>
        </section>
      )}
      {"token" in credential && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950" data-testid="keep-link-note">
          {t("pageKeepLink")}
        </p>
      )}

      <section aria-labelledby="your-report" className="rounded-lg border border-line bg-white p-5">
        <h2 id="your-report" className="text-lg font-semibold">
          {t("yourReport")}
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-[0.95rem]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {published && (
          <p className="mt-3 text-sm">
            <Link href={`/reports/${report.id}`}>{t("openReport")} →</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="follow-ups" className="space-y-4">
        <h2 id="follow-ups" className="text-lg font-semibold">
          {t("followUpsTitle")}
        </h2>
        {!published ? (
          <p role="status" className="rounded-md border border-line bg-white p-4" data-testid="window-state">
            {report.status === "pending" ? t("reportPending") : t("reportRejected")}
          </p>
        ) : state === "early" ? (
          <div className="space-y-3 rounded-md border border-line bg-white p-4" data-testid="window-state">
            <p className="font-medium">{t("windowEarly", { opensOn: day(period.opensOn), closesOn: day(period.closesOn) })}</p>
            <p className="text-sm text-muted">{t("windowWhy", { attemptDay: day(period.attemptDay) })}</p>
            <ReminderLink
              reportId={report.id}
              attemptedMonth={report.attemptedMonth}
              url={selfUrl}
              issuedAt={report.createdAt}
              text={reminderText(t, format)}
            />
          </div>
        ) : (
          <>
            <p className="rounded-md border border-line bg-white p-4" data-testid="window-state">
              {state === "open" ? t("windowOpen", { closesOn: day(period.closesOn) }) : t("windowClosed", { closesOn: day(period.closesOn) })}
            </p>
            {state === "open" ? (
              <ClientMessages paths={["FollowUp"]}>
                <div className="grid gap-4">
                  {FOLLOW_UP_KINDS.map((kind) => {
                    const existing = byKind.get(kind);
                    return (
                      <FollowUpKindForm
                        key={kind}
                        kind={kind}
                        credential={credential}
                        existing={existing ? { status: existing.status, createdAt: existing.createdAt } : null}
                      />
                    );
                  })}
                </div>
              </ClientMessages>
            ) : followUps.length === 0 ? (
              <p className="text-muted">{t("noneAdded")}</p>
            ) : (
              <ul className="space-y-2">
                {followUps.map((f) => (
                  <li key={f.id} className="rounded-md border border-line bg-white p-3">
                    <span className="font-medium">{t(`kinds.${f.kind}`)}</span> ·{" "}
                    {t(`existing.${f.status}`, { date: format.dateTime(new Date(f.createdAt), { dateStyle: "medium" }) })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="how-counted" className="text-sm text-muted">
        <h2 id="how-counted" className="font-semibold text-ink">
          {t("howCountedTitle")}
        </h2>
        <p className="mt-1">{t("howCounted")}</p>
      </section>
    </div>
  );
}
