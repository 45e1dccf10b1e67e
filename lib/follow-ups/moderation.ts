import "server-only";
import { listFollowUpQueue, moderateFollowUp, type FollowUpQueueItem } from "@/db/queries/follow-ups";
import type { AppUser } from "@/db/queries/users";
import { decisionOn, moderatorAccess, type Access } from "@/lib/moderation/service";

/** Held follow-ups, for moderators only (the same check as the report queue). */
export async function followUpQueue({ user }: { user: AppUser | null }): Promise<(Access & { ok: false }) | { ok: true; queue: FollowUpQueueItem[] }> {
  const access = moderatorAccess(user);
  if (!access.ok) return access;
  return { ok: true, queue: await listFollowUpQueue() };
}

/** Approve or reject a held follow-up. */
export const decideFollowUp = decisionOn(moderateFollowUp);
