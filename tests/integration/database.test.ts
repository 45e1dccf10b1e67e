import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { readSeedGuidePages } from "@/db/seed/guide-files";
import { setupTestDatabase } from "../helpers/test-db";

const testDb = setupTestDatabase();

const counts = async () => {
  const [row] = await testDb.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM operators) AS operators,
            (SELECT count(*) FROM guide_pages) AS pages,
            (SELECT count(*) FROM guide_revisions) AS revisions,
            (SELECT count(*) FROM reports) AS reports,
            (SELECT coalesce(sum(n), 0) FROM report_counts) AS counted`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
};

describe(`migrations and seed (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("creates the whole domain: tables, enums and the rollup triggers", async () => {
    const tables = await testDb.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "guide_pages",
        "guide_revisions",
        "moderation_log",
        "operators",
        "rate_limit_events",
        "report_counts",
        "report_days",
        "report_documents",
        "report_flags",
        "reports",
        "users",
      ]),
    );
    const triggers = await testDb.query<{ tgname: string }>(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'reports'::regclass AND NOT tgisinternal ORDER BY 1`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual([
      "reports_cache_delete",
      "reports_cache_insert",
      "reports_cache_update",
      "reports_rollup_delete",
      "reports_rollup_insert",
      "reports_rollup_update",
    ]);
  });

  it("seeds the five Russian operators with names in three languages", async () => {
    const operators = await testDb.query<{ slug: string; name_ru: string; name_en: string; name_zh: string; country: string; website: string }>(
      `SELECT slug, name_ru, name_en, name_zh, country, website FROM operators ORDER BY sort_order`,
    );
    expect(operators.map((o) => o.slug)).toEqual(["mts", "megafon", "beeline", "t2", "yota"]);
    for (const o of operators) {
      expect(o.country).toBe("RU");
      expect(o.name_ru && o.name_en && o.name_zh).toBeTruthy();
      expect(o.website).toMatch(/^https:\/\//);
    }
  });

  it("seeds every guide page in Chinese and English with a first revision", async () => {
    const files = readSeedGuidePages();
    expect(files.filter((p) => p.locale === "zh").length).toBeGreaterThanOrEqual(4);
    expect(files.filter((p) => p.locale === "en").length).toBeGreaterThanOrEqual(4);
    const pages = await testDb.query<{ slug: string; locale: string; number: number; body_md: string }>(
      `SELECT p.slug, p.locale, r.number, r.body_md FROM guide_pages p JOIN guide_revisions r ON r.id = p.current_revision_id`,
    );
    expect(pages).toHaveLength(files.length);
    for (const page of pages) expect(Number(page.number)).toBe(1);
    // the article's closing advert never made it into the guide
    expect(pages.some((p) => /jx0703|t\.me\//i.test(p.body_md))).toBe(false);
  });

  it("is idempotent: seeding again, with or without demo data, changes nothing twice", async () => {
    const before = await counts();
    await seedDatabase(testDb.db);
    expect(await counts()).toEqual(before);
    await seedDatabase(testDb.db, { demo: true });
    const withDemo = await counts();
    expect(withDemo.reports).toBeGreaterThan(before.reports);
    expect(withDemo.counted).toBe(withDemo.reports);
    await seedDatabase(testDb.db, { demo: true });
    expect(await counts()).toEqual(withDemo);
  });

  it("refuses rows that break the model's constraints", async () => {
    const [{ id }] = await testDb.query<{ id: number }>(`SELECT id FROM operators WHERE slug = 'mts'`);
    const insert = (month: string, days: number | null) =>
      testDb.query(
        `INSERT INTO reports (operator_id, channel, outcome, attempted_month, days_to_complete, location, language, idempotency_key)
         VALUES ($1, 'app', 'success', $2, $3, 'abroad', 'zh', $4)`,
        [id, month, days, `constraint-${month}-${days}-${Math.random()}`],
      );
    await expect(insert("2025-13", null)).rejects.toThrow();
    await expect(insert("2025-01", 400)).rejects.toThrow();
    await expect(testDb.query(`INSERT INTO operators (slug, name_ru, name_en, name_zh, website) VALUES ('mts', 'a', 'b', 'c', 'd')`)).rejects.toThrow();
  });
});
