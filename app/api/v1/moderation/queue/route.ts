import { connection } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { apiRoute } from "@/lib/http/api-route";
import { moderatorDenied } from "@/lib/moderation/api";
import { moderationOverview } from "@/lib/moderation/service";

/** Held reports, oldest first, with their reasons and flags (moderators only). */
export const GET = apiRoute(async () => {
  await connection();
  const overview = await moderationOverview({ user: await currentUser() });
  if (!overview.ok) return moderatorDenied(overview.status, "see the queue");
  return Response.json(overview.queue);
});
