import "server-only";
import { cacheTags } from "@/db/cache-tags";
import { cachedAs } from "@/db/cache";
import { listRecentRevisions } from "@/db/queries/guide";
import { listRecentReports } from "@/db/queries/reports";
import { localizedPath } from "@/i18n/paths";
import { siteUrl } from "@/lib/http/site-url";
import { atomFeed } from "./atom";

/** The site's Atom feed: new experience reports and guide changes (cached until either changes). */
export async function buildSiteFeed(): Promise<string> {
  "use cache";
  cachedAs(cacheTags.reports, cacheTags.guide);
  const [reports, revisions] = await Promise.all([listRecentReports({ limit: 20 }), listRecentRevisions({ limit: 20 })]);
  return atomFeed({
    title: "SIM Exit · 保号卡销户指南",
    id: siteUrl("/"),
    self: siteUrl("/feed.xml"),
    home: siteUrl("/"),
    rights: "Experience reports: CC BY-SA 4.0",
    entries: [
      ...reports.map((r) => ({
        id: siteUrl(`/reports/${r.id}`),
        link: siteUrl(`/reports/${r.id}`),
        title: `Report: ${r.operator} · ${r.channel} · ${r.outcome}${r.demo ? " (demo data)" : ""}`,
        updated: r.createdAt,
        summary: r.story.slice(0, 500),
      })),
      ...revisions.map((r) => {
        const link = siteUrl(`${localizedPath(r.locale, `/guide/${r.slug}`)}/history/${r.number}`);
        return { id: link, link, title: `Guide: ${r.title} (revision ${r.number})`, updated: r.createdAt, summary: r.summary };
      }),
    ],
  });
}
