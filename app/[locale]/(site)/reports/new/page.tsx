import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ReportForm } from "@/components/reports/report-form";
import { ClientMessages } from "@/components/site/client-messages";
import { listOperators } from "@/db/queries/operators";
import { issueFormTicket } from "@/lib/moderation/form-ticket";
import { latestAllowedMonth } from "@/lib/reports/schema";
import { operatorName } from "@/lib/i18n/operator-name";


// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Form");
  return { title: t("title") };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ operator?: string | string[] }> };

export default async function NewReportPage({ params, searchParams }: Props) {
  // each visit gets its own signed form ticket (idempotency key and render time)
  await connection();
  const [{ locale }, query, t, operators] = await Promise.all([
    params,
    searchParams,
    getTranslations("Form"),
    listOperators(),
  ]);
  const requested = typeof query.operator === "string" ? query.operator : "";
  const preselected = operators.some((o) => o.slug === requested) ? requested : "";
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("intro")}</p>
      <div className="mt-8">
        <ClientMessages paths={["Form", "Labels", "Errors", "FollowUp"]}>
          <ReportForm
            operators={operators.map((o) => ({ slug: o.slug, name: operatorName(o, locale) }))}
            operator={preselected}
            // issued when the form renders: a retry or a double click reuses its idempotency key
            ticket={issueFormTicket()}
            locale={locale === "en" ? "en" : "zh"}
            maxMonth={latestAllowedMonth()}
          />
        </ClientMessages>
      </div>
    </div>
  );
}
