import { buildSiteFeed } from "@/lib/feeds/site-feed";

/** Atom: new experience reports and guide changes, newest first. */
export async function GET() {
  return new Response(await buildSiteFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
