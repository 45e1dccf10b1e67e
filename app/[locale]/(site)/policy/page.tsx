import type { Metadata } from "next";
import { FactBox } from "@/components/policy/fact-box";
import { policyFormatting } from "@/components/policy/policy-format";
import { ModeratorOnly } from "@/components/site/moderator-only";
import { Link } from "@/i18n/navigation";
import { pageAlternates } from "@/lib/i18n/alternates";
import { DISPUTE_RULE } from "@/lib/policy/rules";
import { loadPolicyTimeline, type FactView } from "@/lib/policy/view";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale }, { t }] = await Promise.all([params, policyFormatting()]);
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: { ...pageAlternates("/policy", locale), types: { "application/atom+xml": "/policy/feed.xml" } },
  };
}

/** Newest year first, newest rule first within it. */
function byYear(events: FactView[]): Array<[string, FactView[]]> {
  const years = new Map<string, FactView[]>();
  for (const event of [...events].reverse()) {
    const year = event.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years.entries()];
}

export default async function PolicyTimelinePage() {
  const [{ events, updatedAt }, { t, day }] = await Promise.all([loadPolicyTimeline(), policyFormatting()]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="text-sm text-muted">{t("howVotesWork", DISPUTE_RULE)}</p>
        <p className="flex flex-wrap gap-x-3 text-sm text-muted">
          {updatedAt && <time dateTime={updatedAt}>{t("lastUpdated", { date: day(updatedAt.slice(0, 10)) })}</time>}
          <span>
            {t("openData")}{" "}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document, not a page */}
            <a href="/api/v1/policy">{t("json")}</a> · <a href="/policy/feed.xml">{t("feed")}</a>
          </span>
        </p>
        <ModeratorOnly>
          <p>
            <Link href="/policy/new" className="font-medium">
              + {t("newFact")}
            </Link>
          </p>
        </ModeratorOnly>
      </header>
      {events.length === 0 && <p className="text-muted">{t("empty")}</p>}
      {byYear(events).map(([year, facts]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="max-w-3xl">
          <h2 id={`year-${year}`} className="border-b border-line pb-1 text-xl font-bold">
            {t("year", { year })}
          </h2>
          <ol className="mt-2">
            {facts.map((fact) => (
              <li key={fact.id}>
                <FactBox fact={fact} titleAs="h3" anchor />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
