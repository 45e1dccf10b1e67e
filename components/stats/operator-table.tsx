import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { operatorName } from "@/lib/i18n/operator-name";
import type { OperatorRow } from "@/lib/stats/figures";
import { rateParts } from "@/lib/stats/format";

/** Operators with their online success rate; n is always shown next to a rate. */
export async function OperatorTable({ operators, ranked = false }: { operators: OperatorRow[]; ranked?: boolean }) {
  const [t, ts, locale] = await Promise.all([getTranslations("OperatorTable"), getTranslations("Stats"), getLocale()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="w-full border-collapse text-left text-[0.95rem]">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-sm text-muted">
          <tr>
            {ranked && <th scope="col" className="px-3 py-2 font-semibold">{ts("rank")}</th>}
            <th scope="col" className="px-3 py-2 font-semibold">{t("operator")}</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">{t("reports")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("online")}</th>
            <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">{t("interval")}</th>
          </tr>
        </thead>
        <tbody>
          {operators.map((operator, index) => {
            const parts = rateParts(operator.online);
            return (
              <tr key={operator.slug} className="border-t border-line">
                {ranked && <td className="px-3 py-2 tabular-nums">{index + 1}</td>}
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/operators/${operator.slug}`}>{operatorName(operator, locale)}</Link>
                  <span className="ml-2 text-sm font-normal text-muted" lang="ru">
                    {operator.names.ru}
                  </span>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{operator.reports}</td>
                <td className="px-3 py-2">
                  {parts ? (
                    <>
                      <span className="font-semibold tabular-nums">{parts.rate}</span>{" "}
                      <span className="text-sm text-muted">
                        {t("successesOf", { successes: operator.online.successes, attempts: operator.online.attempts })}
                      </span>
                      {/* on a phone the interval sits under the rate instead of in its own column */}
                      <span className="block text-sm tabular-nums text-muted sm:hidden">
                        {t("interval")} {parts.low}–{parts.high}
                      </span>
                    </>
                  ) : (
                    <span className="text-sm text-muted">{t("noAttempts")}</span>
                  )}
                </td>
                <td className="hidden px-3 py-2 tabular-nums text-muted sm:table-cell">{parts ? `${parts.low}–${parts.high}` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
