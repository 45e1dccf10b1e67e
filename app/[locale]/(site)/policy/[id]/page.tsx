import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { FactBox } from "@/components/policy/fact-box";
import { FactHistory } from "@/components/policy/fact-history";
import { inLocale, policyFormatting } from "@/components/policy/policy-format";
import { QueryNotice } from "@/components/site/query-notice";
import { Link } from "@/i18n/navigation";
import { pageAlternates } from "@/lib/i18n/alternates";
import { FACT_ID } from "@/lib/policy/schema";
import { loadFactHistory, loadPolicyTimeline } from "@/lib/policy/view";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateStaticParams() {
  // one fact at build time; the others are rendered on their first visit and kept
  return (await loadPolicyTimeline()).events.slice(0, 1).map((fact) => ({ id: fact.id }));
}

async function load({ params }: Props) {
  const { id } = await params;
  return FACT_ID.test(id) ? loadFactHistory(id) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, id }, found] = await Promise.all([props.params, load(props)]);
  if (!found) return {};
  return {
    title: inLocale(found.fact.title, locale),
    description: inLocale(found.fact.summary, locale),
    alternates: { ...pageAlternates(`/policy/${id}`, locale), types: { "application/atom+xml": "/policy/feed.xml" } },
  };
}

export default async function FactPage(props: Props) {
  const [found, { t, locale }] = await Promise.all([load(props), policyFormatting()]);
  if (!found) notFound();
  const { fact, revisions } = found;
  return (
    <article className="max-w-3xl space-y-6">
      <header>
        <p className="text-sm">
          <Link href={`/policy#${fact.id}`}>{t("backToTimeline")}</Link>
        </p>
        <h1 className="mt-2 text-2xl leading-snug font-bold sm:text-3xl">{inLocale(fact.title, locale)}</h1>
        <Suspense>
          <QueryNotice
            param="fact"
            notices={{ rechecked: { text: t("notices.rechecked") }, superseded: { text: t("notices.superseded") }, created: { text: t("notices.created") } }}
          />
        </Suspense>
      </header>
      <FactBox fact={fact} titleAs={null} historyLink={false} />
      <FactHistory revisions={revisions} />
    </article>
  );
}
