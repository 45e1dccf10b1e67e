import { toApiPolicyEvent } from "@/lib/policy/api";
import { loadPolicyTimeline } from "@/lib/policy/view";
import { apiRoute } from "@/lib/http/api-route";

/** The policy timeline as open data: every dated fact with its status, dates and readers' votes. */
export const GET = apiRoute(async () => {
  const { events } = await loadPolicyTimeline();
  return Response.json({ events: events.map(toApiPolicyEvent) });
});
