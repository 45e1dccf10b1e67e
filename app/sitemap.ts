import type { MetadataRoute } from "next";
import { listGuidePages } from "@/db/queries/guide";
import { listOperators } from "@/db/queries/operators";
import { localizedPath } from "@/i18n/paths";
import { siteUrl } from "@/lib/http/site-url";
import { loadPolicyTimeline } from "@/lib/policy/view";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [pages, operators, { events }] = await Promise.all([listGuidePages(), listOperators(), loadPolicyTimeline()]);
  const entry = (locale: string, path: string, { lastModified, bilingual = true }: { lastModified?: string; bilingual?: boolean } = {}) => ({
    url: siteUrl(localizedPath(locale, path)),
    ...(lastModified ? { lastModified } : {}),
    ...(bilingual ? { alternates: { languages: { "zh-CN": siteUrl(localizedPath("zh", path)), en: siteUrl(localizedPath("en", path)) } } } : {}),
  });
  const paths = ["/", "/guide", "/stats", "/policy", "/paperwork", "/reports/new", ...operators.map((o) => `/operators/${o.slug}`)];
  const inBoth = (slug: string) => pages.filter((p) => p.slug === slug).length === 2;
  return [
    ...paths.flatMap((path) => [entry("zh", path), entry("en", path)]),
    ...events.flatMap((fact) => [entry("zh", `/policy/${fact.id}`, { lastModified: fact.updatedAt }), entry("en", `/policy/${fact.id}`, { lastModified: fact.updatedAt })]),
    ...pages.map((page) => entry(page.locale, `/guide/${page.slug}`, { lastModified: page.updatedAt, bilingual: inBoth(page.slug) })),
  ];
}
