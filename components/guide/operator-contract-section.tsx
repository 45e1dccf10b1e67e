import { getFormatter, getTranslations } from "next-intl/server";
import { factEmbeds } from "@/components/policy/fact-embeds";
import { listOperators } from "@/db/queries/operators";
import { Link } from "@/i18n/navigation";
import { guideLocale } from "@/lib/guide/locale";
import { loadGuideView } from "@/lib/guide/view";
import { loadFacts } from "@/lib/policy/view";
import { loadOperatorFigures } from "@/lib/stats/figures";
import { MarkdownContent } from "./markdown-content";

/** The guide page an operator's "how to end the contract" section shows. */
export const operatorGuideSlug = (operator: string) => `end-contract-${operator}`;

/**
 * "How to end the contract" on an operator page: the guide's page for that operator in the
 * page's language (the same stored rendering, facts and figures as on /guide), or a plain
 * "not known yet — tell us" when there is none.
 */
export async function OperatorContractSection({ operator, name, locale }: { operator: string; name: string; locale: string }) {
  const slug = operatorGuideSlug(operator);
  const [t, format, view] = await Promise.all([getTranslations("Policy"), getFormatter(), loadGuideView({ slug, locale: guideLocale(locale) })]);
  const heading = (
    <h2 id="how-to-end" className="text-xl font-bold">
      {t("operatorSection")}
    </h2>
  );
  if (!view) {
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
  const { page, rendered } = view;
  const [operators, figures, facts] = await Promise.all([
    listOperators(),
    // this operator's own figures are on the page already (further down)
    loadOperatorFigures(rendered.embeds.stats.filter((s) => s !== operator)),
    loadFacts(rendered.embeds.facts),
  ]);
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
        embeds={{ operators: Object.fromEntries(operators.map((o) => [o.slug, o])), figures, fact: factEmbeds(facts), stats: ownFigures }}
      />
    </section>
  );
}
