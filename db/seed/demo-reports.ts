import { CHANNELS, DOCUMENTS, type Channel, type DocumentKind, type Outcome } from "@/lib/domain";
import type { NewReport } from "../schema";

const DEMO_COUNT = 160;

// A small deterministic generator: the same demo rows on every machine, so re-seeding is a no-op.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_STORY = {
  zh: "【演示数据】这条报告由系统自动生成，只用来展示网站的功能，不是真实经历，其中的数字也不代表任何运营商的真实情况。",
  en: "[Demo data] This report was generated automatically to show how the site works. It is not a real experience and its numbers say nothing about any operator.",
};

/** Clearly labelled demo reports for development; never seeded by `npm start` unless SEED_DEMO=1. */
export function buildDemoReports(operatorIds: number[]): NewReport[] {
  const random = mulberry32(20251101);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const rows: NewReport[] = [];
  for (let i = 0; i < DEMO_COUNT; i++) {
    const operatorId = operatorIds[i % operatorIds.length];
    const channel: Channel = random() < 0.6 ? pick(CHANNELS.slice(0, 5)) : pick(CHANNELS.slice(5));
    const roll = random();
    const outcome: Outcome = roll < 0.5 ? "success" : roll < 0.88 ? "failure" : "pending";
    const year = 2023 + Math.floor(random() * 3);
    const month = 1 + Math.floor(random() * 12);
    const documents = DOCUMENTS.filter((d) => d !== "none" && random() < 0.35) as DocumentKind[];
    const language = random() < 0.7 ? "zh" : "en";
    rows.push({
      operatorId,
      channel,
      outcome,
      attemptedMonth: `${year}-${String(month).padStart(2, "0")}`,
      daysToComplete: outcome === "pending" ? null : Math.floor(random() * 40),
      location: random() < 0.55 ? "abroad" : "in_russia",
      registeredTo: pick(["self", "other", "unknown", null] as const),
      documents: documents.length ? documents : ["none"],
      balanceRefunded: pick(["yes", "no", "not_applicable", null] as const),
      story: DEMO_STORY[language],
      language,
      displayName: language === "zh" ? "演示用户" : "Demo user",
      status: "published",
      idempotencyKey: `demo-${String(i + 1).padStart(4, "0")}`,
      isDemo: true,
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 36e5 * 37),
    });
  }
  return rows;
}
