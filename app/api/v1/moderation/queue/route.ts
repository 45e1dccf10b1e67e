import { currentUser } from "@/lib/auth/current-user";
import { apiError } from "@/lib/http/responses";
import { moderationOverview } from "@/lib/moderation/service";

export const dynamic = "force-dynamic";

export async function GET() {
  const overview = await moderationOverview({ user: await currentUser() });
  if (!overview.ok) {
    return overview.status === 401
      ? apiError(401, "unauthenticated", "Sign in as a moderator.")
      : apiError(403, "forbidden", "Only moderators can see the queue.");
  }
  return Response.json(overview.queue);
}
