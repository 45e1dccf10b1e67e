import { decideFollowUp } from "@/lib/follow-ups/moderation";
import { apiRoute } from "@/lib/http/api-route";
import { decisionEndpoint } from "@/lib/moderation/api";

/** `{action: "approve" | "reject", reason}` on a held follow-up (moderators only). */
export const POST = apiRoute(decisionEndpoint(decideFollowUp, "follow-up"));
