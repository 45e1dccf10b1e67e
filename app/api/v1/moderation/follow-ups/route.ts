import { connection } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { followUpQueue } from "@/lib/follow-ups/moderation";
import { apiError } from "@/lib/http/responses";
import { apiRoute } from "@/lib/http/api-route";

/** Held follow-ups, oldest first (moderators only). */
export const GET = apiRoute(async () => {
  await connection();
  const result = await followUpQueue({ user: await currentUser() });
  if (!result.ok) {
    return result.status === 401
      ? apiError(401, "unauthenticated", "Sign in as a moderator.")
      : apiError(403, "forbidden", "Only moderators can see the queue.");
  }
  return Response.json(result.queue);
});
