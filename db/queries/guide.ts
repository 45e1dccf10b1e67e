import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { GuideLocale } from "@/lib/domain";
import { cachedAs } from "../cache";
import { cacheTags } from "../cache-tags";
import { getDb } from "../index";
import { guidePages, guideRevisions, users } from "../schema";
import { logModeration } from "./moderation-log";

export type GuidePageListItem = {
  slug: string;
  locale: GuideLocale;
  title: string;
  summary: string;
  revisionId: number;
  revisionNumber: number;
  updatedAt: string;
};

export type GuidePageView = GuidePageListItem & { body: string; protected: boolean; rendered: unknown };

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

const revisionColumns = {
  id: guideRevisions.id,
  number: guideRevisions.number,
  title: guideRevisions.title,
  summary: guideRevisions.summary,
  author: users.name,
  createdAt: guideRevisions.createdAt,
};

/** The current pages of a language (or of both), in reading order. */
export async function listGuidePages({ locale }: { locale?: GuideLocale } = {}): Promise<GuidePageListItem[]> {
  "use cache";
  cachedAs(cacheTags.guide);
  const db = await getDb();
  const rows = await db
    .select(pageColumns)
    .from(guidePages)
    .innerJoin(guideRevisions, eq(guideRevisions.id, guidePages.currentRevisionId))
    .where(locale ? eq(guidePages.locale, locale) : undefined)
    .orderBy(asc(guidePages.locale), asc(guidePages.sortOrder), asc(guidePages.slug));
  return rows.map(({ protected: _protected, ...row }) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}

/** A page with its current revision, as readers see it (cached until the page changes). */
export async function getGuidePage({ slug, locale }: { slug: string; locale: GuideLocale }): Promise<GuidePageView | null> {
  "use cache";
  // a missing page may be created later: then the lists' tag invalidates it too
  cachedAs(cacheTags.guidePage(locale, slug), cacheTags.guide);
  return findGuidePage({ slug, locale });
}

/** The same, read fresh: what an edit is checked against. */
export async function findGuidePage({ slug, locale }: { slug: string; locale: GuideLocale }): Promise<GuidePageView | null> {
  const db = await getDb();
  const [row] = await db
    .select({ ...pageColumns, body: guideRevisions.bodyMd, rendered: guideRevisions.rendered })
    .from(guidePages)
    .innerJoin(guideRevisions, eq(guideRevisions.id, guidePages.currentRevisionId))
    .where(and(eq(guidePages.slug, slug), eq(guidePages.locale, locale)))
    .limit(1);
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}

/** Keeps a revision's rendering, computed once (see lib/guide/rendering.ts). */
export async function storeRevisionRendering({ revisionId, rendered }: { revisionId: number; rendered: unknown }) {
  const db = await getDb();
  await db.update(guideRevisions).set({ rendered }).where(eq(guideRevisions.id, revisionId));
}

// ---------- editing: immutable revisions, compare-and-set on the current one ----------

export type EditState = {
  pageId: number;
  protected: boolean;
  current: { id: number; number: number; title: string; body: string; rendered: unknown };
  base: { id: number; title: string; body: string } | null;
};

/** What an edit made on top of `baseRevisionId` is merged against, read fresh. */
export async function readEditState({ slug, locale, baseRevisionId }: { slug: string; locale: GuideLocale; baseRevisionId: number }): Promise<EditState | null> {
  const db = await getDb();
  const [page] = await db
    .select({ id: guidePages.id, protected: guidePages.protected, currentRevisionId: guidePages.currentRevisionId })
    .from(guidePages)
    .where(and(eq(guidePages.slug, slug), eq(guidePages.locale, locale)));
  if (!page?.currentRevisionId) return null;
  const ids = [page.currentRevisionId, baseRevisionId];
  const rows = await db
    .select({
      id: guideRevisions.id,
      number: guideRevisions.number,
      title: guideRevisions.title,
      body: guideRevisions.bodyMd,
      rendered: guideRevisions.rendered,
    })
    .from(guideRevisions)
    .where(and(eq(guideRevisions.pageId, page.id), inArray(guideRevisions.id, ids)));
  const current = rows.find((r) => r.id === page.currentRevisionId);
  if (!current) return null;
  const base = rows.find((r) => r.id === baseRevisionId) ?? null;
  return { pageId: page.id, protected: page.protected, current, base };
}

export type SaveOutcome =
  | { kind: "saved"; revisionId: number; revisionNumber: number }
  | { kind: "moved" }
  | { kind: "forbidden" }
  | { kind: "not_found" };

/**
 * Stores a new revision if the page's current revision is still `expectedCurrentId` (the
 * page row is locked for the check and the write). "moved" means another save came first:
 * the caller merges again against the new current revision.
 */
export async function saveGuideRevision(input: {
  pageId: number;
  expectedCurrentId: number;
  baseRevisionId: number;
  title: string;
  body: string;
  summary: string;
  rendered: unknown;
  authorId: string;
  canEditProtected: boolean;
}): Promise<SaveOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [page] = await tx
      .select({ protected: guidePages.protected, currentRevisionId: guidePages.currentRevisionId })
      .from(guidePages)
      .where(eq(guidePages.id, input.pageId))
      .for("update");
    if (!page) return { kind: "not_found" as const };
    if (page.protected && !input.canEditProtected) return { kind: "forbidden" as const };
    if (page.currentRevisionId !== input.expectedCurrentId) return { kind: "moved" as const };
    const [{ number }] = await tx
      .select({ number: sql<number>`coalesce(max(${guideRevisions.number}), 0)`.mapWith(Number) })
      .from(guideRevisions)
      .where(eq(guideRevisions.pageId, input.pageId));
    const [revision] = await tx
      .insert(guideRevisions)
      .values({
        pageId: input.pageId,
        number: number + 1,
        title: input.title,
        bodyMd: input.body,
        summary: input.summary,
        rendered: input.rendered,
        authorId: input.authorId,
        baseRevisionId: input.baseRevisionId,
      })
      .returning({ id: guideRevisions.id, number: guideRevisions.number });
    await tx
      .update(guidePages)
      .set({ currentRevisionId: revision.id, title: input.title, updatedAt: new Date() })
      .where(eq(guidePages.id, input.pageId));
    return { kind: "saved" as const, revisionId: revision.id, revisionNumber: revision.number };
  });
}

export type RevisionListItem = {
  id: number;
  number: number;
  summary: string;
  author: string | null;
  createdAt: string;
  size: number;
  sizeChange: number;
};

async function findPage(slug: string, locale: GuideLocale) {
  const db = await getDb();
  const [page] = await db
    .select({ id: guidePages.id, currentRevisionId: guidePages.currentRevisionId, protected: guidePages.protected })
    .from(guidePages)
    .where(and(eq(guidePages.slug, slug), eq(guidePages.locale, locale)));
  return page ?? null;
}

/** Every revision of a page, newest first, with its size change against the one before. */
export async function listGuideRevisions({ slug, locale }: { slug: string; locale: GuideLocale }): Promise<RevisionListItem[] | null> {
  "use cache";
  cachedAs(cacheTags.guidePage(locale, slug), cacheTags.guide, cacheTags.users);
  const db = await getDb();
  const page = await findPage(slug, locale);
  if (!page) return null;
  const rows = await db
    .select({ ...revisionColumns, size: sql<number>`char_length(${guideRevisions.bodyMd})`.mapWith(Number) })
    .from(guideRevisions)
    .leftJoin(users, eq(users.id, guideRevisions.authorId))
    .where(eq(guideRevisions.pageId, page.id))
    .orderBy(desc(guideRevisions.number));
  return rows.map(({ title: _title, ...row }, index) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    sizeChange: row.size - (rows[index + 1]?.size ?? 0),
  }));
}

export type RevisionView = {
  id: number;
  number: number;
  title: string;
  body: string;
  summary: string;
  author: string | null;
  createdAt: string;
  previousBody: string | null;
  currentRevisionId: number | null;
  protected: boolean;
};

/** One revision with the body before it (for the diff and for a restore), read fresh. */
export async function findGuideRevision({ slug, locale, number }: { slug: string; locale: GuideLocale; number: number }): Promise<RevisionView | null> {
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) return null;
  const db = await getDb();
  const page = await findPage(slug, locale);
  if (!page) return null;
  const rows = await db
    .select({ ...revisionColumns, body: guideRevisions.bodyMd })
    .from(guideRevisions)
    .leftJoin(users, eq(users.id, guideRevisions.authorId))
    .where(and(eq(guideRevisions.pageId, page.id), inArray(guideRevisions.number, [number, number - 1])));
  const revision = rows.find((r) => r.number === number);
  if (!revision) return null;
  const previous = rows.find((r) => r.number === number - 1);
  return {
    ...revision,
    createdAt: revision.createdAt.toISOString(),
    previousBody: previous?.body ?? null,
    currentRevisionId: page.currentRevisionId,
    protected: page.protected,
  };
}

/** A new page with its first revision; null when the slug already exists in that language. */
export async function createGuidePage(input: {
  slug: string;
  locale: GuideLocale;
  title: string;
  summary: string;
  body: string;
  rendered: unknown;
  authorId: string;
}): Promise<{ revisionId: number } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [page] = await tx
      .insert(guidePages)
      .values({ slug: input.slug, locale: input.locale, title: input.title, summary: input.summary, sortOrder: 100 })
      .onConflictDoNothing()
      .returning({ id: guidePages.id });
    if (!page) return null;
    const [revision] = await tx
      .insert(guideRevisions)
      .values({
        pageId: page.id,
        number: 1,
        title: input.title,
        bodyMd: input.body,
        rendered: input.rendered,
        summary: "Created",
        authorId: input.authorId,
      })
      .returning({ id: guideRevisions.id });
    await tx.update(guidePages).set({ currentRevisionId: revision.id }).where(eq(guidePages.id, page.id));
    await logModeration(tx, { actorId: input.authorId, action: "create_page", targetType: "guide_page", targetId: `${input.locale}/${input.slug}` });
    return { revisionId: revision.id };
  });
}

export async function setGuidePageProtection(input: { slug: string; locale: GuideLocale; protected: boolean; actorId: string; reason: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [page] = await tx
      .update(guidePages)
      .set({ protected: input.protected })
      .where(and(eq(guidePages.slug, input.slug), eq(guidePages.locale, input.locale)))
      .returning({ id: guidePages.id });
    if (!page) return false;
    await logModeration(tx, {
      actorId: input.actorId,
      action: input.protected ? "protect_page" : "unprotect_page",
      targetType: "guide_page",
      targetId: `${input.locale}/${input.slug}`,
      reason: input.reason,
    });
    return true;
  });
}

export type RecentRevision = { slug: string; locale: GuideLocale; title: string; number: number; summary: string; createdAt: string };

/** The newest guide revisions across all pages (for the Atom feed). */
export async function listRecentRevisions({ limit = 20 }: { limit?: number } = {}): Promise<RecentRevision[]> {
  "use cache";
  cachedAs(cacheTags.guide);
  const db = await getDb();
  const rows = await db
    .select({
      slug: guidePages.slug,
      locale: guidePages.locale,
      title: guideRevisions.title,
      number: guideRevisions.number,
      summary: guideRevisions.summary,
      createdAt: guideRevisions.createdAt,
    })
    .from(guideRevisions)
    .innerJoin(guidePages, eq(guidePages.id, guideRevisions.pageId))
    .orderBy(desc(guideRevisions.createdAt), desc(guideRevisions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
