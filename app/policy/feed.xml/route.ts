import { buildPolicyFeed } from "@/lib/feeds/policy-feed";

/** Atom: changes to the policy timeline (new facts, re-checks, superseded facts), newest first. */
export async function GET() {
  return new Response(await buildPolicyFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
