import { decideFollowUp } from "@/lib/follow-ups/moderation";
import { decisionEndpoint } from "@/lib/moderation/api";

/** `{action: "approve" | "reject", reason}` on a held follow-up (moderators only). */
export const POST = decisionEndpoint(decideFollowUp, "follow-up");
