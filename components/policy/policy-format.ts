import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PolicySnapshot } from "@/db/queries/policy";

export type Bilingual = { zh: string; en: string };

/** The page language's half of a bilingual field (English for any language but Chinese). */
export const inLocale = (text: Bilingual, locale: string) => (locale === "zh" ? text.zh : text.en);

/** What the policy components share: the messages, the language, and how a calendar day reads. */
export async function policyFormatting() {
  const [t, format, locale] = await Promise.all([getTranslations("Policy"), getFormatter(), getLocale()]);
  // timeline dates are UTC calendar days, so they never shift with the reader's zone
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  /** When a rule applies, worded by kind: an operator's page "as of" the day it was read, a bill "introduced", a rule "from". */
  const when = (fact: Pick<PolicySnapshot, "kind" | "date" | "dateEnd">) => {
    if (fact.dateEnd) return t("dateRange", { from: day(fact.date), to: day(fact.dateEnd) });
    if (fact.kind === "operator_notice") return t("dateAsOf", { date: day(fact.date) });
    if (fact.kind === "bill") return t("dateBill", { date: day(fact.date) });
    return t("dateFrom", { date: day(fact.date) });
  };
  return { t, locale, day, when };
}
