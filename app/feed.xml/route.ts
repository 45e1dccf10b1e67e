import { listRecentRevisions } from "@/db/queries/guide";
import { listPublishedReports } from "@/db/queries/reports";
import { escapeXml, siteOrigin } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/** Atom: new experience reports and guide changes, newest first. */
export async function GET(request: Request) {
  const origin = siteOrigin(request);
  const [reports, revisions] = await Promise.all([listPublishedReports({ limit: 20 }), listRecentRevisions({ limit: 20 })]);
  const entries = [
    ...reports.items.map((r) => ({
      id: `${origin}/reports/${r.id}`,
      link: `${origin}/reports/${r.id}`,
      title: `Report: ${r.operator} · ${r.channel} · ${r.outcome}${r.demo ? " (demo data)" : ""}`,
      updated: r.createdAt,
      summary: r.story.slice(0, 500),
    })),
    ...revisions.map((r) => {
      const path = `${r.locale === "en" ? "/en" : ""}/guide/${r.slug}`;
      return {
        id: `${origin}${path}/history/${r.number}`,
        link: `${origin}${path}/history/${r.number}`,
        title: `Guide: ${r.title} (revision ${r.number})`,
        updated: r.createdAt,
        summary: r.summary,
      };
    }),
  ].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = entries[0]?.updated ?? new Date(0).toISOString();
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>SIM Exit · 保号卡销户指南</title>
  <id>${escapeXml(origin)}/</id>
  <link href="${escapeXml(origin)}/feed.xml" rel="self"/>
  <link href="${escapeXml(origin)}/"/>
  <updated>${updated}</updated>
  <rights>Experience reports: CC BY-SA 4.0</rights>
${entries
  .map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.link)}"/>
    <updated>${e.updated}</updated>
    <author><name>SIM Exit</name></author>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
