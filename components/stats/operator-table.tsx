import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { operatorName } from "@/lib/i18n/operator-name";
import type { OperatorRow } from "@/lib/stats/figures";
import { rateParts } from "@/lib/stats/format";

const cell = "px-2 py-2 sm:px-3";

/**
 * Operators with their online success rate; n is always shown next to a rate. On a phone
 * the report count and the Russian name move under the operator's name and the interval
 * under the rate, so rate and interval fit 328 px without sideways scrolling.
 */
export async function OperatorTable({ operators, ranked = false }: { operators: OperatorRow[]; ranked?: boolean }) {
  const [t, ts, locale] = await Promise.all([getTranslations("OperatorTable"), getTranslations("Stats"), getLocale()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-label={t("caption")} data-testid="operator-table">
      <table className="w-full border-collapse text-left text-[0.95rem]">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-sm text-muted">
          <tr>
            {ranked && <th scope="col" className={`${cell} w-px whitespace-nowrap font-semibold`}>{ts("rank")}</th>}
            <th scope="col" className={`${cell} whitespace-nowrap font-semibold`}>{t("operator")}</th>
            <th scope="col" className={`${cell} hidden whitespace-nowrap text-right font-semibold sm:table-cell`}>{t("reports")}</th>
            <th scope="col" className={`${cell} whitespace-nowrap font-semibold`}>{t("online")}</th>
            <th scope="col" className={`${cell} hidden whitespace-nowrap font-semibold sm:table-cell`}>{t("interval")}</th>
          </tr>
        </thead>
        <tbody>
          {operators.map((operator, index) => {
            const parts = rateParts(operator.online);
            return (
              <tr key={operator.slug} className="border-t border-line align-top">
                {ranked && <td className={`${cell} tabular-nums`}>{index + 1}</td>}
                <th scope="row" className={`${cell} font-medium`}>
                  <Link href={`/operators/${operator.slug}`}>{operatorName(operator, locale)}</Link>
                  <span className="block text-sm font-normal text-muted sm:ml-2 sm:inline" lang="ru">
                    {operator.names.ru}
                  </span>
                  <span className="block text-sm font-normal text-muted sm:hidden">{t("reportsShort", { published: operator.reports })}</span>
                </th>
                <td className={`${cell} hidden text-right tabular-nums sm:table-cell`}>{operator.reports}</td>
                <td className={cell} data-testid={`rate-${operator.slug}`}>
                  {parts ? (
                    <>
                      <span className="font-semibold tabular-nums">{parts.rate}</span>{" "}
                      <span className="text-sm text-muted">
                        {t("successesOf", { successes: operator.online.successes, attempts: operator.online.attempts })}
                      </span>
                      <span className="block text-sm tabular-nums text-muted sm:hidden">
                        {t("interval")} <span className="whitespace-nowrap">{parts.low}–{parts.high}</span>
                      </span>
                    </>
                  ) : (
                    <span className="text-sm text-muted">{t("noAttempts")}</span>
                  )}
                </td>
                <td className={`${cell} hidden whitespace-nowrap tabular-nums text-muted sm:table-cell`}>{parts ? `${parts.low}–${parts.high}` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
