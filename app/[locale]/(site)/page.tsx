import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorTable } from "@/components/stats/operator-table";
import { listGuidePages } from "@/db/queries/guide";
import { Link } from "@/i18n/navigation";
import { guideLocale } from "@/lib/guide/locale";
import { pageAlternates } from "@/lib/i18n/alternates";
import { loadOperatorRows } from "@/lib/stats/figures";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: pageAlternates("/", locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  const [t, operators, pages] = await Promise.all([
    getTranslations("Home"),
    loadOperatorRows(),
    listGuidePages({ locale: guideLocale(locale) }),
  ]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="answer" className="rounded-xl bg-brand-800 px-5 py-8 text-white sm:px-8">
        <h1 id="answer" className="text-2xl font-bold leading-snug sm:text-3xl">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-3xl text-[1.05rem] text-brand-50">{t("answer")}</p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/guide" className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800 no-underline">
            {t("ctaGuide")}
          </Link>
          <Link
            href="/reports/new"
            className="rounded-md border border-white/70 px-4 py-2 font-semibold text-white no-underline hover:bg-white/10"
          >
            {t("ctaReport")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="operators">
        <h2 id="operators" className="text-xl font-bold">
          {t("operatorsTitle")}
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-muted">{t("operatorsIntro")}</p>
        <div className="mt-4">
          <OperatorTable operators={operators} />
        </div>
        <p className="mt-3 text-sm">
          <Link href="/stats">{t("ctaStats")} →</Link>
        </p>
      </section>

      <section aria-labelledby="guide">
        <h2 id="guide" className="text-xl font-bold">
          {t("guideTitle")}
        </h2>
        <p className="mt-2 text-sm text-muted">{t("guideIntro")}</p>
        <ol className="mt-4 grid gap-3 sm:grid-cols-2">
          {pages.map((page) => (
            <li key={page.slug}>
              <Link
                href={`/guide/${page.slug}`}
                className="block h-full rounded-lg border border-line bg-white p-4 no-underline hover:border-brand-600"
              >
                <span className="font-semibold text-ink">{page.title}</span>
                <span className="mt-1 block text-sm text-muted">{page.summary}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
