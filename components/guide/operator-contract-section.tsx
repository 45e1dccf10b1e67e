import { getFormatter, getTranslations } from "next-intl/server";
import { factEmbeds } from "@/components/policy/fact-embeds";
import { Link } from "@/i18n/navigation";
import type { OperatorGuide } from "@/lib/guide/view";
import { MarkdownContent } from "./markdown-content";

/**
 * "How to end the contract" on an operator page: the guide's page for that operator in the
 * page's language (the same stored rendering, facts and figures as on /guide; lib/guide/view.ts
 * loadOperatorGuide), or a plain "not known yet — tell us" when there is none.
 */
export async function OperatorContractSection({ operator, name, locale, guide }: { operator: string; name: string; locale: string; guide: OperatorGuide | null }) {
  const [t, format] = await Promise.all([getTranslations("Policy"), getFormatter()]);
  const heading = (
    <h2 id="how-to-end" className="text-xl font-bold">
      {t("operatorSection")}
    </h2>
  );
  if (!guide) {
    return (
      <section aria-labelledby="how-to-end" className="space-y-3" data-testid="operator-contract">
        {heading}
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="operator-contract-unknown">
          <p className="font-semibold">{t("notKnownTitle")}</p>
          <p className="mt-1">{t("notKnownBody", { operator: name })}</p>
          <p className="mt-3">
            <Link href={{ pathname: "/reports/new", query: { operator } }} className="font-semibold">
              {t("notKnownCta", { operator: name })} →
            </Link>
          </p>
        </div>
      </section>
    );
  }
  const { page, rendered, slug, embeds } = guide;
  const ownFigures = (s: string) =>
    s === operator ? (
      <p className="my-4 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm">
        <a href="#operator-figures">{t("figuresAbove", { operator: name })}</a>
      </p>
    ) : undefined;
  return (
    <section aria-labelledby="how-to-end" data-testid="operator-contract">
      {heading}
      <p className="mt-1">
        {t.rich("operatorSectionIntro", { operator: name, title: page.title, link: (chunks) => <Link href={`/guide/${slug}`}>{chunks}</Link> })}
      </p>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-muted">
        <time dateTime={page.updatedAt}>{t("operatorSectionUpdated", { date: format.dateTime(new Date(page.updatedAt), { dateStyle: "long" }) })}</time>
        <Link href={`/guide/${slug}/edit`}>{t("editSection")}</Link>
        <Link href={`/guide/${slug}/history`}>{t("sectionHistory")}</Link>
      </p>
      <MarkdownContent
        nested
        locale={locale}
        tree={rendered.tree}
        embeds={{ operators: embeds.operators, figures: embeds.figures, fact: factEmbeds(embeds.facts), stats: ownFigures }}
      />
    </section>
  );
}
