import "server-only";
import { cacheTags } from "@/db/cache-tags";
import { cachedAs } from "@/db/cache";
import { listRecentFollowUps, type OperatorFollowUp } from "@/db/queries/follow-ups";
import { getOperatorBySlug } from "@/db/queries/operators";
import { listRecentReports } from "@/db/queries/reports";
import { siteUrl } from "@/lib/http/site-url";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { atomFeed } from "./atom";

const ENTRIES = 30;

/** "确认已销号 · Number confirmed closed (Gosuslugi SIM list)": feed readers see one language at a time. */
function followUpTitle(f: OperatorFollowUp) {
  const kind = `${zh.FollowUp.kinds[f.kind]} · ${en.FollowUp.kinds[f.kind]}`;
  const how = f.method ? ` (${en.FollowUp.methods[f.method]})` : "";
  const amount = f.refundAmount !== null ? ` (${f.refundAmount} RUB)` : "";
  return `Follow-up: ${kind}${how}${amount} · report of ${f.attemptedMonth}`;
}

/**
 * One operator's Atom feed: its newest published reports and the follow-ups their authors
 * added weeks later. Cached until a report or follow-up of this operator changes; null for
 * an unknown operator.
 */
export async function buildOperatorFeed(slug: string): Promise<string | null> {
  "use cache";
  cachedAs(cacheTags.operator(slug), cacheTags.operators);
  const operator = await getOperatorBySlug({ slug });
  if (!operator) return null;
  const [reports, followUps] = await Promise.all([
    listRecentReports({ operator: slug, limit: ENTRIES }),
    listRecentFollowUps({ operator: slug, limit: ENTRIES }),
  ]);
  const page = siteUrl(`/operators/${slug}`);
  return atomFeed({
    title: `SIM Exit · ${[...new Set([operator.names.zh, operator.names.en])].join(" · ")}`,
    id: page,
    self: siteUrl(`/operators/${slug}/feed.xml`),
    home: page,
    rights: "Experience reports: CC BY-SA 4.0",
    entries: [
      ...reports.map((r) => ({
        id: siteUrl(`/reports/${r.id}`),
        link: siteUrl(`/reports/${r.id}`),
        title: `Report: ${r.operator} · ${r.channel} · ${r.outcome} · ${r.attemptedMonth}${r.demo ? " (demo data)" : ""}`,
        updated: r.createdAt,
        summary: r.story.slice(0, 500),
      })),
      ...followUps.map((f) => ({
        id: `urn:uuid:${f.id}`,
        link: siteUrl(`/reports/${f.reportId}#follow-ups`),
        title: followUpTitle(f),
        updated: f.createdAt,
        summary: f.note.slice(0, 500),
      })),
    ],
  });
}
