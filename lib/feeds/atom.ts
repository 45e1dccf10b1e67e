import { escapeXml } from "@/lib/http/site-url";

export type AtomEntry = { id: string; link: string; title: string; updated: string; summary: string };

/** An Atom 1.0 document (RFC 4287); every text passes through escapeXml. */
export function atomFeed({ title, id, self, home, entries, rights }: { title: string; id: string; self: string; home: string; entries: AtomEntry[]; rights?: string }) {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = sorted[0]?.updated ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <id>${escapeXml(id)}</id>
  <link href="${escapeXml(self)}" rel="self"/>
  <link href="${escapeXml(home)}"/>
  <updated>${updated}</updated>
${rights ? `  <rights>${escapeXml(rights)}</rights>\n` : ""}${sorted
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
}
