import { listGuidePages } from "@/db/queries/guide";
import { listOperators } from "@/db/queries/operators";
import { escapeXml, siteOrigin } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const origin = siteOrigin(request);
  const [pages, operators] = await Promise.all([listGuidePages(), listOperators()]);
  const paths = ["/", "/guide", "/stats", "/reports/new", ...operators.map((o) => `/operators/${o.slug}`)];
  const urls = [
    ...paths.flatMap((p) => [p, `/en${p === "/" ? "" : p}`].map((loc) => ({ loc, lastmod: null as string | null }))),
    ...pages.map((p) => ({ loc: `${p.locale === "en" ? "/en" : ""}/guide/${p.slug}`, lastmod: p.updatedAt })),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeXml(origin + u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ""}</url>`).join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
