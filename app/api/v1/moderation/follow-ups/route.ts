import { connection } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { followUpQueue } from "@/lib/follow-ups/moderation";
import { apiRoute } from "@/lib/http/api-route";
import { moderatorDenied } from "@/lib/moderation/api";

/** Held follow-ups, oldest first (moderators only). */
export const GET = apiRoute(async () => {
  await connection();
  const result = await followUpQueue({ user: await currentUser() });
  if (!result.ok) return moderatorDenied(result.status, "see the queue");
  return Response.json(result.queue);
});
