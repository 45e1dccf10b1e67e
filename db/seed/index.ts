import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../index";
import { columnsOf } from "../queries/policy";
import { followUps, guidePages, guideRevisions, operators, policyEventRevisions, policyEvents, reports, type PolicySnapshot } from "../schema";
import { buildDemoData } from "./demo-reports";
import { readSeedGuidePages } from "./guide-files";
import { seedOperators } from "./operators";
import { seedPolicyEvents, type SeedPolicyEvent } from "./policy-events";

const snapshotOfSeed = (event: SeedPolicyEvent): PolicySnapshot => ({
  date: event.date,
  dateEnd: event.dateEnd ?? null,
  kind: event.kind,
  status: event.status,
  operator: event.operator ?? null,
  title: event.title,
  summary: event.summary,
  affects: event.affects,
  source: { name: event.source.name, date: event.source.date, url: event.source.url ?? null },
  lastChecked: event.lastChecked,
  checkAfter: event.checkAfter ?? null,
});

// seeded rows carry the date of their content, not the moment the database was filled:
// "last updated" on a page means its last revision
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Idempotent: operators are upserted by slug, guide pages and policy facts are created only
 * when absent (later edits are never overwritten), demo reports are keyed by their
 * idempotency key.
 */
export async function seedDatabase(db: Database, { demo = false }: { demo?: boolean } = {}) {
  await db
    .insert(operators)
    .values(seedOperators)
    .onConflictDoUpdate({
      target: operators.slug,
      set: {
        nameRu: sql`excluded.name_ru`,
        nameEn: sql`excluded.name_en`,
        nameZh: sql`excluded.name_zh`,
        country: sql`excluded.country`,
        website: sql`excluded.website`,
        channels: sql`excluded.channels`,
        sortOrder: sql`excluded.sort_order`,
      },
    });

  for (const page of readSeedGuidePages()) {
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(guidePages)
        .values({
          slug: page.slug,
          locale: page.locale,
          title: page.title,
          summary: page.summary,
          sortOrder: page.order,
          createdAt: dayOf(page.updated),
          updatedAt: dayOf(page.updated),
        })
        .onConflictDoNothing()
        .returning({ id: guidePages.id });
      if (!created) return;
      const [revision] = await tx
        .insert(guideRevisions)
        .values({ pageId: created.id, number: 1, title: page.title, bodyMd: page.body, summary: "Initial import", createdAt: dayOf(page.updated) })
        .returning({ id: guideRevisions.id });
      await tx.update(guidePages).set({ currentRevisionId: revision.id }).where(eq(guidePages.id, created.id));
    });
  }

  await seedPolicyTimeline(db);

  if (demo) {
    const slugs = seedOperators.map((o) => o.slug);
    const rows = await db
      .select({ id: operators.id, slug: operators.slug })
      .from(operators)
      .where(inArray(operators.slug, slugs));
    const demoData = buildDemoData(slugs.map((slug) => ({ slug, id: rows.find((r) => r.slug === slug)!.id })));
    await db.insert(reports).values(demoData.reports).onConflictDoNothing({ target: reports.idempotencyKey });
    const stored = await db
      .select({ id: reports.id, key: reports.idempotencyKey })
      .from(reports)
      .where(inArray(reports.idempotencyKey, [...new Set(demoData.followUps.map((f) => f.idempotencyKey))]));
    const idOf = new Map(stored.map((r) => [r.key, r.id]));
    const rowsToAdd = demoData.followUps.flatMap(({ idempotencyKey, ...f }) => {
      const reportId = idOf.get(idempotencyKey);
      return reportId ? [{ ...f, reportId, status: "published" as const }] : [];
    });
    if (rowsToAdd.length) await db.insert(followUps).values(rowsToAdd).onConflictDoNothing({ target: [followUps.reportId, followUps.kind] });
  }
}

/** The dated facts of policy-facts.md, each with its first revision (the import). */
async function seedPolicyTimeline(db: Database) {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(policyEvents)
      .values(
        seedPolicyEvents.map((event, position) => ({
          id: event.id,
          ...columnsOf(snapshotOfSeed(event)),
          position,
          createdAt: dayOf(event.lastChecked),
          updatedAt: dayOf(event.lastChecked),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: policyEvents.id });
    const created = new Set(inserted.map((row) => row.id));
    const revisions = seedPolicyEvents
      .filter((event) => created.has(event.id))
      .map((event) => ({
        eventId: event.id,
        number: 1,
        change: "seed" as const,
        snapshot: snapshotOfSeed(event),
        reason: "Imported from the dated facts (policy-facts.md)",
        createdAt: dayOf(event.lastChecked),
      }));
    if (revisions.length > 0) await tx.insert(policyEventRevisions).values(revisions);
  });
}
