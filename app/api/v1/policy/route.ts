import { toApiPolicyEvent } from "@/lib/policy/api";
import { loadPolicyTimeline } from "@/lib/policy/view";

/** The policy timeline as open data: every dated fact with its status, dates and readers' votes. */
export async function GET() {
  const { events } = await loadPolicyTimeline();
  return Response.json({ events: events.map(toApiPolicyEvent) });
}
