import { getTranslations } from "next-intl/server";
import type { FollowUpStats } from "@/lib/stats/summary";
import { FEW_REPORTS, percent } from "@/lib/stats/format";
import { RateBars } from "./rate-bars";

/**
 * Did "closed" hold? What authors said 30 days or more after their attempt: the confirmed
 * share among success reports with a verdict, the refunded share where a refund was due, and
 * how many authors came back at all (the figures mean little if few did).
 */
export async function FollowUpFigures({ figures }: { figures: FollowUpStats }) {
  const t = await getTranslations("StatsFollowUp");
  const { followedUp, confirmedClosed, refunded } = figures;
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t("intro")}</p>
      <RateBars
        testId="follow-up-bars"
        rows={[
          { key: "confirmed-closed", label: t("confirmedClosed"), rate: confirmedClosed },
          { key: "refunded", label: t("refunded"), rate: refunded },
        ]}
      />
      <p className="text-sm" data-testid="follow-up-rate">
        {followedUp.attempts > 0
          ? t("followedUpLine", { successes: followedUp.successes, attempts: followedUp.attempts, rate: percent(followedUp.rate ?? 0) })
          : t("followedUpNone")}
      </p>
      {confirmedClosed.attempts < FEW_REPORTS && <p className="text-sm font-medium text-amber-900">{t("tooFew")}</p>}
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">{t("howTitle")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
          <li>{t("how1")}</li>
          <li>{t("how2")}</li>
          <li>{t("how3")}</li>
        </ul>
      </details>
    </div>
  );
}
