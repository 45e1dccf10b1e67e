import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../index";
import { guidePages, guideRevisions, operators, reports } from "../schema";
import { buildDemoReports } from "./demo-reports";
import { readSeedGuidePages } from "./guide-files";
import { seedOperators } from "./operators";

/**
 * Idempotent: operators are upserted by slug, guide pages are created only when absent
 * (later edits are never overwritten), demo reports are keyed by their idempotency key.
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
        })
        .onConflictDoNothing()
        .returning({ id: guidePages.id });
      if (!created) return;
      const [revision] = await tx
        .insert(guideRevisions)
        .values({ pageId: created.id, number: 1, title: page.title, bodyMd: page.body, summary: "Initial import" })
        .returning({ id: guideRevisions.id });
      await tx.update(guidePages).set({ currentRevisionId: revision.id }).where(eq(guidePages.id, created.id));
    });
  }

  if (demo) {
    const slugs = seedOperators.map((o) => o.slug);
    const rows = await db
      .select({ id: operators.id, slug: operators.slug })
      .from(operators)
      .where(inArray(operators.slug, slugs));
    const ids = slugs.map((slug) => rows.find((r) => r.slug === slug)!.id);
    await db.insert(reports).values(buildDemoReports(ids)).onConflictDoNothing({ target: reports.idempotencyKey });
  }
}

/** Removes demo reports (the rollup triggers take them out of the figures too). */
export async function removeDemoReports(db: Database) {
  await db.delete(reports).where(and(eq(reports.isDemo, true)));
}
