import { apiRoute } from "@/lib/http/api-route";
import { decisionEndpoint } from "@/lib/moderation/api";
import { decideReport } from "@/lib/moderation/service";

/** `{action: "approve" | "reject", reason}` on a held report (moderators only). */
export const POST = apiRoute(decisionEndpoint(decideReport, "report"));
