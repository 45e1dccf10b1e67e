"use client";

import NextLink from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { CopyLink } from "@/components/follow-ups/copy-link";
import { formatDay, reminderText } from "@/components/follow-ups/follow-up-text";
import { ReminderLink } from "@/components/follow-ups/reminder-link";
import { localizedPath } from "@/i18n/paths";
import { followUpWindow } from "@/lib/follow-ups/window";
import type { PostedReport } from "@/lib/reports/form-state";

/**
 * The thank-you after a report is stored: its link and, shown this once, the author's private
 * follow-up link (only its hash is kept, so it cannot be shown again).
 */
export function ReportPosted({ posted }: { posted: PostedReport }) {
  const t = useTranslations("FollowUp");
  const format = useFormatter();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const day = (iso: string) => formatDay(format, iso);
  const { followUp } = posted;
  const period = followUp ? followUpWindow(followUp.attemptedMonth) : null;
  return (
    <section aria-labelledby="posted-title" className="space-y-5 rounded-lg border border-emerald-300 bg-emerald-50 p-5" data-testid="report-posted" data-report-id={posted.id} data-status={posted.status}>
      <div>
        <h2 id="posted-title" ref={heading} tabIndex={-1} className="text-xl font-bold text-emerald-950 outline-none">
          {t("confirmTitle")}
        </h2>
        <p className="mt-2 text-emerald-950">
          {posted.status === "published" ? t("confirmPublished") : posted.held ? t("confirmHeld") : t("confirmReceived")}
        </p>
        <p className="mt-2">
          <NextLink href={localizedPath(locale, `/reports/${posted.id}`)} prefetch={false} className="font-semibold">
            {t("viewReport")} →
          </NextLink>
        </p>
      </div>
      {followUp && period && (
        <div className="space-y-3 rounded-md border border-line bg-white p-4">
          <h3 className="text-lg font-semibold">{t("linkTitle")}</h3>
          <p>{t("linkWhy", { opensOn: day(period.opensOn), closesOn: day(period.closesOn) })}</p>
          <CopyLink url={followUp.url} label={t("linkLabel")} />
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950" data-testid="keep-link-note">
            {t("keepLink")}
          </p>
          {posted.status === "pending" && <p className="text-sm text-muted">{t("linkAfterReview")}</p>}
          {posted.member && <p className="text-sm text-muted">{t("linkInAccount")}</p>}
          <ReminderLink
            reportId={posted.id}
            attemptedMonth={followUp.attemptedMonth}
            url={followUp.url}
            issuedAt={followUp.issuedAt}
            text={reminderText(t, format)}
          />
        </div>
      )}
    </section>
  );
}
