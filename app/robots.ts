import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/http/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/v1/reports/export.csv", "/api/v1/reports/export.json"],
      disallow: ["/account", "/moderation", "/en/account", "/en/moderation", "/api/"],
    },
    sitemap: siteUrl("/sitemap.xml"),
  };
}
