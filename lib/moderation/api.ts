import "server-only";
import { revalidateTag } from "next/cache";
import { currentUser } from "@/lib/auth/current-user";
import { apiError, notFoundResponse, readJsonBody } from "@/lib/http/responses";
import { englishFields } from "@/lib/i18n/messages";
import { decisionTags, moderatorAccess, type DecideHeld } from "./service";

/** 401 signed out, 403 for everyone but moderators; `doing` ends "Only moderators can …". */
export const moderatorDenied = (status: 401 | 403, doing = "moderate") =>
  status === 401 ? apiError(401, "unauthenticated", "Sign in as a moderator.") : apiError(403, "forbidden", `Only moderators can ${doing}.`);

/** `POST …/{id}` with `{action: "approve" | "reject", reason}` on one held item (moderators only). */
export function decisionEndpoint(decideHeld: DecideHeld, what: "report" | "follow-up") {
  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const user = await currentUser();
    // who may act is decided before anything is read
    const access = moderatorAccess(user);
    if (!access.ok) return moderatorDenied(access.status);
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const result = await decideHeld({ user, id, payload: body.value });
    switch (result.kind) {
      case "denied":
        return moderatorDenied(result.status);
      case "invalid":
        return apiError(400, "validation_failed", "Some fields are invalid.", { fields: englishFields(result.fields) });
      case "not_found":
        return notFoundResponse(`No ${what} with this id.`);
      case "done":
        for (const tag of decisionTags(result)) revalidateTag(tag, { expire: 0 });
        return Response.json({ id: result.id, status: result.status });
    }
  };
}
