import { revalidateTag } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { currentUser } from "@/lib/auth/current-user";
import { decideFollowUp } from "@/lib/follow-ups/moderation";
import { apiError, notFoundResponse, readJsonBody } from "@/lib/http/responses";
import { englishFields } from "@/lib/i18n/messages";
import { moderatorAccess } from "@/lib/moderation/service";
import { apiRoute } from "@/lib/http/api-route";

/** `{action: "approve" | "reject", reason}` on a held follow-up (moderators only). */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await currentUser();
  // who may act is decided before anything is read
  const access = moderatorAccess(user);
  if (!access.ok) {
    return access.status === 401 ? apiError(401, "unauthenticated", "Sign in as a moderator.") : apiError(403, "forbidden", "Only moderators can moderate.");
  }
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const result = await decideFollowUp({ user, id, payload: body.value });
  switch (result.kind) {
    case "denied":
      return result.status === 401 ? apiError(401, "unauthenticated", "Sign in as a moderator.") : apiError(403, "forbidden", "Only moderators can moderate.");
    case "invalid":
      return apiError(400, "validation_failed", "Some fields are invalid.", { fields: englishFields(result.fields) });
    case "not_found":
      return notFoundResponse("No follow-up with this id.");
    case "done":
      for (const tag of [cacheTags.report(result.reportId), cacheTags.operator(result.operator), cacheTags.reports]) revalidateTag(tag, { expire: 0 });
      return Response.json({ id: result.id, status: result.status });
  }
});
