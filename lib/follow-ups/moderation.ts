import "server-only";
import { listFollowUpQueue, moderateFollowUp, type FollowUpQueueItem } from "@/db/queries/follow-ups";
import type { AppUser } from "@/db/queries/users";
import { issueCodes } from "@/lib/forms";
import { moderationDecisionSchema } from "@/lib/moderation/schema";
import { moderatorAccess, type Access } from "@/lib/moderation/service";

export type FollowUpDecision =
  | { kind: "denied"; status: 401 | 403 }
  | { kind: "invalid"; fields: Record<string, string> }
  | { kind: "not_found" }
  | { kind: "done"; id: string; status: string; reportId: string; operator: string };

/** Held follow-ups, for moderators only (the same check as the report queue). */
export async function followUpQueue({ user }: { user: AppUser | null }): Promise<(Access & { ok: false }) | { ok: true; queue: FollowUpQueueItem[] }> {
  const access = moderatorAccess(user);
  if (!access.ok) return access;
  return { ok: true, queue: await listFollowUpQueue() };
}

/** Approve or reject a held follow-up, with the same rules for the page's action and the API. */
export async function decideFollowUp({ user, id, payload }: { user: AppUser | null; id: string; payload: unknown }): Promise<FollowUpDecision> {
  const access = moderatorAccess(user);
  if (!access.ok) return { kind: "denied", status: access.status };
  const parsed = moderationDecisionSchema.safeParse(payload);
  if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
  const result = await moderateFollowUp({ id, action: parsed.data.action, reason: parsed.data.reason, actorId: access.user.id });
  return result ? { kind: "done", ...result } : { kind: "not_found" };
}
