import { createHash, randomBytes } from "node:crypto";
import {
  BALANCE_REFUNDED,
  CLOSURE_CHECKS,
  dayAfterAttempt,
  FOLLOW_UP_OPENS_AFTER_DAYS,
  type BalanceRefunded,
  type Channel,
  type ClosureCheck,
  type DocumentKind,
  type FollowUpKind,
  type Location,
  type Outcome,
  type RegisteredTo,
} from "@/lib/domain";
import type { NewReport } from "../schema";

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
const DEMO_NOTE = { zh: "【演示数据】自动生成的跟进。", en: "[Demo data] A generated follow-up." };

// Nothing is dated after this: the demo looks the same whenever it is seeded.
const LAST_DAY = "2026-11-15";
const FIRST_MONTH = { year: 2024, month: 1 };
const MONTHS = 33; // 2024-01 … 2026-09

type Profile = {
  reports: number;
  /** share of attempts made online (app, website, chat, email, Gosuslugi) */
  online: number;
  /** chance that an attempt through each channel succeeded */
  success: Record<Channel, number>;
};

// Chances follow what the guide says, not invented operator rules: online closing is rare and
// uncertain except Gosuslugi for extra numbers (MegaFon says so), T2 closes in shops only, and
// in person or through a representative works.
// picked among seeds for a sample whose rates read like the chances below (small samples wander)
const DEMO_SEED = 20251281;

const offline = { phone: 0.08, store: 0.86, representative: 0.72, other: 0.3 };
const PROFILES: Record<string, Profile> = {
  mts: { reports: 52, online: 0.55, success: { app: 0.12, website: 0.1, online_chat: 0.08, email: 0.1, gosuslugi: 0.25, ...offline } },
  megafon: { reports: 41, online: 0.6, success: { app: 0.15, website: 0.1, online_chat: 0.1, email: 0.1, gosuslugi: 0.6, ...offline } },
  beeline: { reports: 27, online: 0.5, success: { app: 0.08, website: 0.08, online_chat: 0.05, email: 0.08, gosuslugi: 0.2, ...offline } },
  t2: { reports: 24, online: 0.4, success: { app: 0.02, website: 0.02, online_chat: 0.02, email: 0.02, gosuslugi: 0.25, ...offline, store: 0.9, representative: 0.65 } },
  yota: { reports: 13, online: 0.6, success: { app: 0.15, website: 0.1, online_chat: 0.1, email: 0.1, gosuslugi: 0.2, ...offline } },
};

const ONLINE: Channel[] = ["app", "app", "website", "online_chat", "online_chat", "email", "gosuslugi", "gosuslugi"];
const OFFLINE: Channel[] = ["store", "store", "store", "representative", "representative", "phone", "other"];

export type DemoFollowUp = {
  idempotencyKey: string;
  kind: FollowUpKind;
  method: ClosureCheck | null;
  refundAmount: number | null;
  note: string;
  createdAt: Date;
};

const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T12:00:00Z`) + days * 864e5);

/**
 * Clearly labelled demo reports for development (never seeded by `npm start` unless
 * SEED_DEMO=1), with follow-ups from some of their "authors". Plausible on purpose: operators
 * get different numbers of reports, every attempt predates its posting, rates do not
 * contradict the guide, and follow-ups come after day 30.
 */
export function buildDemoData(operators: Array<{ id: number; slug: string }>, seed = DEMO_SEED): { reports: NewReport[]; followUps: DemoFollowUp[] } {
  const random = mulberry32(seed);
  const chance = (p: number) => random() < p;
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const reports: NewReport[] = [];
  const followUps: DemoFollowUp[] = [];
  let serial = 0;
  for (const operator of operators) {
    const profile = PROFILES[operator.slug];
    if (!profile) continue;
    for (let i = 0; i < profile.reports; i++) {
      const key = `demo-${String(++serial).padStart(4, "0")}`;
      const isOnline = chance(profile.online);
      const channel = isOnline ? pick(ONLINE) : pick(OFFLINE);
      // more attempts in recent months, as the 2025 rules pushed people to close numbers
      const monthOffset = Math.floor(Math.sqrt(random()) * MONTHS);
      const year = FIRST_MONTH.year + Math.floor((FIRST_MONTH.month - 1 + monthOffset) / 12);
      const month = ((FIRST_MONTH.month - 1 + monthOffset) % 12) + 1;
      const attemptedMonth = `${year}-${String(month).padStart(2, "0")}`;
      const registeredTo: RegisteredTo | null = pick(["self", "self", "self", "self", "self", "self", "other", "other", "unknown", null] as const);
      // only the person a number is registered to can end its contract
      const odds = profile.success[channel] * (registeredTo === "other" ? (channel === "representative" ? 0.6 : 0.25) : 1);
      const outcome: Outcome = chance(0.08) ? "pending" : chance(odds) ? "success" : "failure";
      const location: Location =
        channel === "store" ? (chance(0.9) ? "in_russia" : "abroad") : channel === "representative" ? "abroad" : chance(0.75) ? "abroad" : "in_russia";
      const documents: DocumentKind[] =
        channel === "store"
          ? ["passport", ...(chance(0.3) ? (["sim_card"] as const) : []), ...(chance(0.2) ? (["contract"] as const) : [])]
          : channel === "representative"
            ? ["power_of_attorney", "passport"]
            : channel === "gosuslugi"
              ? ["none"]
              : [pick(["none", "passport", "selfie_or_video"] as const)];
      const days =
        outcome === "pending"
          ? null
          : channel === "store"
            ? Math.floor(random() * 2)
            : channel === "representative"
              ? 3 + Math.floor(random() * 25)
              : chance(0.8)
                ? Math.floor(random() * random() * 20)
                : null;
      const balanceRefunded: BalanceRefunded | null =
        outcome === "success"
          ? pick(channel === "store" || channel === "representative" ? (["yes", "yes", "no", "no", "not_applicable", null] as const) : (["no", "no", "not_applicable", null, null] as const))
          : pick([...BALANCE_REFUNDED.filter((b) => b !== "yes"), null, null]);
      const language = chance(0.7) ? "zh" : "en";
      // posted after the month of the attempt, within six weeks
      const createdAt = new Date(Math.min(addDays(dayAfterAttempt(attemptedMonth, 0), 1 + Math.floor(random() * 40)).getTime(), addDays(LAST_DAY, -1).getTime()));
      reports.push({
        operatorId: operator.id,
        channel,
        outcome,
        attemptedMonth,
        daysToComplete: days,
        location,
        registeredTo,
        documents,
        balanceRefunded,
        story: DEMO_STORY[language],
        language,
        displayName: language === "zh" ? "演示用户" : "Demo user",
        status: "published",
        idempotencyKey: key,
        isDemo: true,
        // the demo "authors" got follow-up links like everyone; nobody holds the tokens
        followUpTokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        createdAt,
      });

      // some authors of successful attempts came back after day 30
      const opensOn = dayAfterAttempt(attemptedMonth, FOLLOW_UP_OPENS_AFTER_DAYS);
      if (outcome !== "success" || opensOn > LAST_DAY || !chance(0.4)) continue;
      const inPerson = channel === "store" || channel === "representative";
      const verdict = random();
      const kind: FollowUpKind = verdict < (inPerson ? 0.88 : 0.62) ? "confirmed_closed" : verdict < (inPerson ? 0.95 : 0.88) ? "still_active" : "charges_continued";
      const from = Math.max(addDays(opensOn, 0).getTime(), createdAt.getTime() + 864e5);
      const when = (extra: number) => new Date(Math.min(from + extra * 864e5, addDays(LAST_DAY, 0).getTime()));
      const note = DEMO_NOTE[language];
      followUps.push({ idempotencyKey: key, kind, method: kind === "confirmed_closed" ? pick(CLOSURE_CHECKS.slice(0, 3)) : null, refundAmount: null, note, createdAt: when(Math.floor(random() * 30)) });
      if (balanceRefunded === "no" && chance(0.5)) {
        followUps.push({ idempotencyKey: key, kind: "balance_refunded", method: null, refundAmount: chance(0.7) ? 50 + Math.floor(random() * 18) * 50 : null, note, createdAt: when(30 + Math.floor(random() * 40)) });
      }
    }
  }
  return { reports, followUps };
}
