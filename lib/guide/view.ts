import "server-only";
import { cachedAs } from "@/db/cache";
import { cacheTags } from "@/db/cache-tags";
import { findGuidePage, findGuideRevision, type GuidePageView, type RevisionView } from "@/db/queries/guide";
import { listOperators, type OperatorView } from "@/db/queries/operators";
import type { GuideLocale } from "@/lib/domain";
import { loadFacts, type FactView } from "@/lib/policy/view";
import { loadOperatorFigures, type OperatorFigures } from "@/lib/stats/figures";
import { lineDiff, type LineDiff } from "./diff";
import type { RenderedMarkdown } from "./markdown";
import { renderingOf } from "./rendering";

export type GuideView = { page: Omit<GuidePageView, "body" | "rendered">; rendered: RenderedMarkdown };

/** A guide page as readers see it: its current revision's stored rendering (cached until the page changes). */
export async function loadGuideView({ slug, locale }: { slug: string; locale: GuideLocale }): Promise<GuideView | null> {
  "use cache";
  cachedAs(cacheTags.guidePage(locale, slug), cacheTags.guide);
  const found = await findGuidePage({ slug, locale });
  if (!found) return null;
  const { body, rendered, ...page } = found;
  return { page, rendered: await renderingOf({ revisionId: page.revisionId, body, rendered }) };
}

/** What a page's embeds show: every operator by slug, the figures it embeds, the facts it cites. */
export type GuideEmbedData = {
  operators: Record<string, OperatorView>;
  figures: Record<string, OperatorFigures>;
  facts: Record<string, FactView>;
};

/** The data behind a page's embeds, each kind in one read; `except` names an operator whose figures are shown elsewhere. */
export async function loadGuideEmbeds(embeds: RenderedMarkdown["embeds"], { except }: { except?: string } = {}): Promise<GuideEmbedData> {
  const [operators, figures, facts] = await Promise.all([
    listOperators(),
    loadOperatorFigures(embeds.stats.filter((slug) => slug !== except)),
    loadFacts(embeds.facts),
  ]);
  return { operators: Object.fromEntries(operators.map((o) => [o.slug, o])), figures, facts };
}

/** The guide page an operator's "how to end the contract" section shows. */
const operatorGuideSlug = (operator: string) => `end-contract-${operator}`;

export type OperatorGuide = GuideView & { slug: string; embeds: GuideEmbedData };

/** That page in the reader's language with its embeds, or null when the guide has none for the operator. */
export async function loadOperatorGuide({ operator, locale }: { operator: string; locale: GuideLocale }): Promise<OperatorGuide | null> {
  const slug = operatorGuideSlug(operator);
  const view = await loadGuideView({ slug, locale });
  if (!view) return null;
  // the operator's own figures are on its page already (further down)
  return { ...view, slug, embeds: await loadGuideEmbeds(view.rendered.embeds, { except: operator }) };
}

export type RevisionDiffView = Omit<RevisionView, "body" | "previousBody"> & { diff: LineDiff | null };

/** One revision and its bounded diff against the one before (computed once, then cached). */
export async function loadRevisionView({ slug, locale, number }: { slug: string; locale: GuideLocale; number: number }): Promise<RevisionDiffView | null> {
  "use cache";
  cachedAs(cacheTags.guidePage(locale, slug), cacheTags.guide, cacheTags.users);
  const revision = await findGuideRevision({ slug, locale, number });
  if (!revision) return null;
  const { body, previousBody, ...rest } = revision;
  return { ...rest, diff: previousBody === null ? null : lineDiff(previousBody, body) };
}
