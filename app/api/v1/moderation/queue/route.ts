import { connection } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { apiError } from "@/lib/http/responses";
import { moderationOverview } from "@/lib/moderation/service";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (_request: Request) => {
  await connection();
  const overview = await moderationOverview({ user: await currentUser() });
  if (!overview.ok) {
    return overview.status === 401
      ? apiError(401, "unauthenticated", "Sign in as a moderator.")
      : apiError(403, "forbidden", "Only moderators can see the queue.");
  }
  return Response.json(overview.queue);
});
