import "server-only";
import { listModerationLog, listModerationQueue, moderateReport } from "@/db/queries/moderation";
import type { AppUser } from "@/db/queries/users";
import { isModerator } from "@/lib/auth/roles";
import { issueCodes } from "@/lib/forms";
import { moderationDecisionSchema } from "./schema";

export type Access = { ok: true; user: AppUser } | { ok: false; status: 401 | 403 };

/** The one check every moderation page, action and endpoint makes, on a role read fresh from the database. */
export function moderatorAccess(user: AppUser | null): Access {
  if (!user) return { ok: false, status: 401 };
  if (!isModerator(user)) return { ok: false, status: 403 };
  return { ok: true, user };
}

export type DecisionResult =
  | { kind: "denied"; status: 401 | 403 }
  | { kind: "invalid"; fields: Record<string, string> }
  | { kind: "not_found" }
  | { kind: "done"; id: string; status: string };

/** Approve or reject a report, with the same rules for the page's action and the API. */
export async function decideReport({ user, id, payload }: { user: AppUser | null; id: string; payload: unknown }): Promise<DecisionResult> {
  const access = moderatorAccess(user);
  if (!access.ok) return { kind: "denied", status: access.status };
  const parsed = moderationDecisionSchema.safeParse(payload);
  if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
  const result = await moderateReport({ id, action: parsed.data.action, reason: parsed.data.reason, actorId: access.user.id });
  return result ? { kind: "done", ...result } : { kind: "not_found" };
}

export async function moderationOverview({ user }: { user: AppUser | null }) {
  const access = moderatorAccess(user);
  if (!access.ok) return access;
  const [queue, log] = await Promise.all([listModerationQueue(), listModerationLog({ limit: 50 })]);
  return { ok: true as const, queue, log };
}
