import "server-only";
import { env } from "@/lib/env";

/**
 * Absolute links (feeds, sitemap, robots, canonical and alternate links) use the configured
 * SITE_URL, never the Host or X-Forwarded-* headers a client sends.
 */
export const siteUrl = (path = "/") => `${env().siteUrl}${path.startsWith("/") ? path : `/${path}`}`;

// characters XML 1.0 does not allow at all, and unpaired surrogates
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (text: string) =>
  text
    .replace(NOT_XML, "")
    .replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
