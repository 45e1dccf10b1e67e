import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { guidePages, guideRevisions, moderationLog, users, type GuideLocale } from "../schema";

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

// ---------- editing: immutable revisions, compare-and-set on the current one ----------

export type SaveOutcome =
  | { kind: "saved"; revisionId: number; revisionNumber: number; merged: boolean }
  | { kind: "unchanged"; revisionId: number; revisionNumber: number }
  | { kind: "conflict"; current: { revisionId: number; title: string; body: string } }
  | { kind: "not_found" }
  | { kind: "forbidden" }
  | { kind: "invalid_base" };

/**
 * Saves an edit made on top of `baseRevisionId`. The page row is locked for the whole
 * transaction, so two saves from one base run one after the other: the second sees the
 * first's revision as current and is merged three-way (clean) or refused as a conflict.
 */
export async function saveGuideRevision(input: {
  slug: string;
  locale: GuideLocale;
  baseRevisionId: number;
  title: string;
  body: string;
  summary: string;
  authorId: string;
  canEditProtected: boolean;
  merge: (texts: { base: string; current: string; mine: string }) => { clean: true; text: string } | { clean: false };
  mergeTitle: (titles: { base: string; current: string; mine: string }) => string;
}): Promise<SaveOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [page] = await tx
      .select({ id: guidePages.id, protected: guidePages.protected, currentRevisionId: guidePages.currentRevisionId })
      .from(guidePages)
      .where(and(eq(guidePages.slug, input.slug), eq(guidePages.locale, input.locale)))
      .for("update");
    if (!page) return { kind: "not_found" as const };
    if (page.protected && !input.canEditProtected) return { kind: "forbidden" as const };
    const revisionOf = async (id: number) => {
      const [row] = await tx
        .select({ id: guideRevisions.id, number: guideRevisions.number, title: guideRevisions.title, body: guideRevisions.bodyMd })
        .from(guideRevisions)
        .where(and(eq(guideRevisions.id, id), eq(guideRevisions.pageId, page.id)));
      return row ?? null;
    };
    const current = page.currentRevisionId ? await revisionOf(page.currentRevisionId) : null;
    const base = await revisionOf(input.baseRevisionId);
    if (!current || !base) return { kind: "invalid_base" as const };

    let body = input.body;
    let title = input.title;
    const merged = base.id !== current.id;
    if (merged) {
      const result = input.merge({ base: base.body, current: current.body, mine: input.body });
      if (!result.clean) return { kind: "conflict" as const, current: { revisionId: current.id, title: current.title, body: current.body } };
      body = result.text;
      title = input.mergeTitle({ base: base.title, current: current.title, mine: input.title });
    }
    if (body === current.body && title === current.title) {
      return { kind: "unchanged" as const, revisionId: current.id, revisionNumber: current.number };
    }
    const [revision] = await tx
      .insert(guideRevisions)
      .values({
        pageId: page.id,
        number: current.number + 1,
        title,
        bodyMd: body,
        summary: input.summary,
        authorId: input.authorId,
        baseRevisionId: base.id,
      })
      .returning({ id: guideRevisions.id, number: guideRevisions.number });
    await tx
      .update(guidePages)
      .set({ currentRevisionId: revision.id, title, updatedAt: new Date() })
      .where(eq(guidePages.id, page.id));
    return { kind: "saved" as const, revisionId: revision.id, revisionNumber: revision.number, merged };
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
  const db = await getDb();
  const page = await findPage(slug, locale);
  if (!page) return null;
  const rows = await db
    .select({
      id: guideRevisions.id,
      number: guideRevisions.number,
      summary: guideRevisions.summary,
      author: users.name,
      createdAt: guideRevisions.createdAt,
      size: sql<number>`char_length(${guideRevisions.bodyMd})`.mapWith(Number),
    })
    .from(guideRevisions)
    .leftJoin(users, eq(users.id, guideRevisions.authorId))
    .where(eq(guideRevisions.pageId, page.id))
    .orderBy(desc(guideRevisions.number));
  return rows.map((row, index) => ({
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

export async function getGuideRevision({ slug, locale, number }: { slug: string; locale: GuideLocale; number: number }): Promise<RevisionView | null> {
  const db = await getDb();
  const page = await findPage(slug, locale);
  if (!page) return null;
  const rows = await db
    .select({
      id: guideRevisions.id,
      number: guideRevisions.number,
      title: guideRevisions.title,
      body: guideRevisions.bodyMd,
      summary: guideRevisions.summary,
      author: users.name,
      createdAt: guideRevisions.createdAt,
    })
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
      .values({ pageId: page.id, number: 1, title: input.title, bodyMd: input.body, summary: "Created", authorId: input.authorId })
      .returning({ id: guideRevisions.id });
    await tx.update(guidePages).set({ currentRevisionId: revision.id }).where(eq(guidePages.id, page.id));
    await tx.insert(moderationLog).values({
      actorId: input.authorId,
      action: "create_page",
      targetType: "guide_page",
      targetId: `${input.locale}/${input.slug}`,
      reason: "",
    });
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
    await tx.insert(moderationLog).values({
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
