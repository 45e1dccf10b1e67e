import "server-only";
import { cachedAs } from "@/db/cache";
import { cacheTags } from "@/db/cache-tags";
import { findGuidePage, findGuideRevision, type GuidePageView, type RevisionView } from "@/db/queries/guide";
import type { GuideLocale } from "@/lib/domain";
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
