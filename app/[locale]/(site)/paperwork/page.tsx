import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PaperworkIntl } from "@/components/paperwork/paperwork-intl";
import { PaperworkTool } from "@/components/paperwork/paperwork-tool";
import { listOperators } from "@/db/queries/operators";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { pageAlternates } from "@/lib/i18n/alternates";
import { colon } from "@/lib/i18n/punctuation";
import { hasFacts, OPERATOR_SOURCES } from "@/lib/paperwork/operators";

// Static per locale: no cookies, headers or searchParams. The answers never reach the server.
type Props = { params: Promise<{ locale: string }> };

const CIVIL_CODE = "https://www.consultant.ru/document/cons_doc_LAW_5142/";
const APOSTILLE_STATUS = "https://www.hcch.net/en/instruments/conventions/status-table/?cid=41";

async function localeOf(params: Props["params"]) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Paperwork" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: pageAlternates("/paperwork", locale),
  };
}

export default async function PaperworkPage({ params }: Props) {
  const locale = await localeOf(params);
  const [t, messages, rows] = await Promise.all([
    getTranslations({ locale, namespace: "Paperwork" }),
    getMessages({ locale }),
    listOperators(),
  ]);
  const operators = rows.map((o) => ({ slug: o.slug, nameRu: o.names.ru, nameZh: o.names.zh, nameEn: o.names.en }));
  const name = (o: (typeof operators)[number]) => (locale === "zh" ? o.nameZh : o.nameEn);

  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <header className="max-w-3xl space-y-3 print:hidden">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">{t("privacy")}</p>
      </header>

      <PaperworkIntl locale={locale} messages={{ Paperwork: messages.Paperwork }}>
        <PaperworkTool operators={operators} />
      </PaperworkIntl>

      <section aria-labelledby="paperwork-notes" className="max-w-3xl space-y-4 print:hidden">
        <h2 id="paperwork-notes" className="text-xl font-bold">
          {t("notes.title")}
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>{t("notes.law185")}</li>
          <li>{t("notes.law1851")}</li>
          <li>
            {t("notes.law186")}{" "}
            <a href={CIVIL_CODE} rel="noopener noreferrer" lang="ru" hrefLang="ru">
              {t("notes.lawSource")}
            </a>
          </li>
          <li>
            {t("notes.abroad")}{" "}
            <a href={APOSTILLE_STATUS} rel="noopener noreferrer" hrefLang="en">
              {t("notes.abroadSource")}
            </a>
          </li>
          <li className="font-semibold">{t("notes.ask")}</li>
          <li>{t("notes.rules")}</li>
          <li>{t("draftNotice")}</li>
        </ul>

        <h2 className="pt-4 text-xl font-bold">{t("notes.operatorsTitle")}</h2>
        <dl className="space-y-4">
          {operators.map((operator) => {
            const source = OPERATOR_SOURCES[operator.slug];
            return (
              <div key={operator.slug} className="rounded-lg border border-line bg-white p-4">
                <dt className="font-semibold">{name(operator)}</dt>
                <dd className="mt-1 space-y-1">
                  <p>{hasFacts(operator.slug) ? t(`notes.${operator.slug}`) : t("notes.unknown", { operator: name(operator) })}</p>
                  <p className="flex flex-wrap gap-x-4 text-sm">
                    {source && (
                      <a href={source} rel="noopener noreferrer" hrefLang="ru">
                        {t("notes.source")}{colon(locale)}{new URL(source).hostname}
                      </a>
                    )}
                    <Link href={`/operators/${operator.slug}`} locale={locale}>{t("notes.operatorLink", { operator: name(operator) })}</Link>
                    <Link href={{ pathname: "/reports/new", query: { operator: operator.slug } }} locale={locale}>{t("notes.reportsLink")}</Link>
                  </p>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}
