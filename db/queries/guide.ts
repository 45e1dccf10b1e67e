import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { guidePages, guideRevisions, type GuideLocale } from "../schema";

export type GuidePageListItem = {
  slug: string;
  locale: GuideLocale;
  title: string;
  summary: string;
  revisionId: number;
  revisionNumber: number;
  updatedAt: string;
};

export type GuidePageView = GuidePageListItem & { body: string; protected: boolean };

const pageColumns = {
  slug: guidePages.slug,
  locale: guidePages.locale,
  title: guidePages.title,
  summary: guidePages.summary,
  protected: guidePages.protected,
  revisionId: guideRevisions.id,
  revisionNumber: guideRevisions.number,
  updatedAt: guideRevisions.createdAt,
};

export async function listGuidePages({ locale }: { locale?: GuideLocale } = {}): Promise<GuidePageListItem[]> {
  const db = await getDb();
  const rows = await db
    .select(pageColumns)
    .from(guidePages)
    .innerJoin(guideRevisions, eq(guideRevisions.id, guidePages.currentRevisionId))
    .where(locale ? eq(guidePages.locale, locale) : undefined)
    .orderBy(asc(guidePages.locale), asc(guidePages.sortOrder), asc(guidePages.slug));
  return rows.map(({ protected: _protected, ...row }) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}

export async function getGuidePage({ slug, locale }: { slug: string; locale: GuideLocale }): Promise<GuidePageView | null> {
  const db = await getDb();
  const [row] = await db
    .select({ ...pageColumns, body: guideRevisions.bodyMd })
    .from(guidePages)
    .innerJoin(guideRevisions, eq(guideRevisions.id, guidePages.currentRevisionId))
    .where(and(eq(guidePages.slug, slug), eq(guidePages.locale, locale)))
    .limit(1);
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}
