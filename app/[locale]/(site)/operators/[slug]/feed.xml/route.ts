import { buildOperatorFeed } from "@/lib/feeds/operator-feed";
import { SLUG } from "@/lib/http/responses";

/**
 * Atom: one operator's new published reports and follow-ups, newest first. It lives under
 * [locale] because Chinese paths are rewritten to /zh/… before dynamic routes match; the feed
 * is the same in both languages (/operators/mts/feed.xml and /en/operators/mts/feed.xml).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const feed = SLUG.test(slug) ? await buildOperatorFeed(slug) : null;
  if (!feed) return new Response("No such operator.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
