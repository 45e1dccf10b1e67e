import { siteOrigin } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /account",
    "Disallow: /moderation",
    "Disallow: /en/account",
    "Disallow: /en/moderation",
    "Disallow: /api/",
    "Allow: /api/v1/reports/export.csv",
    "Allow: /api/v1/reports/export.json",
    `Sitemap: ${siteOrigin(request)}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
