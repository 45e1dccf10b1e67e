import "server-only";
import { reportTags } from "@/db/cache-tags";
import { listModerationLog, listModerationQueue, moderateReport } from "@/db/queries/moderation";
import type { DecidedItem, ModerationDecision } from "@/db/queries/moderation-log";
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
  | ({ kind: "done" } & DecidedItem);

/** A moderator's approval or rejection of one held item, `{action, reason}` in the payload. */
export type DecideHeld = (input: { user: AppUser | null; id: string; payload: unknown }) => Promise<DecisionResult>;

/**
 * The same rules for every kind of held item, from the page's action and the API alike: a
 * moderator, a valid decision, an item that exists. `moderate` stores it (null: no such item).
 */
export function decisionOn(moderate: (decision: ModerationDecision) => Promise<DecidedItem | null>): DecideHeld {
  return async ({ user, id, payload }) => {
    const access = moderatorAccess(user);
    if (!access.ok) return { kind: "denied", status: access.status };
    const parsed = moderationDecisionSchema.safeParse(payload);
    if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
    const decided = await moderate({ id, ...parsed.data, actorId: access.user.id });
    return decided ? { kind: "done", ...decided } : { kind: "not_found" };
  };
}

/** Approve or reject a held report. */
export const decideReport = decisionOn(moderateReport);

/** The cached pages a decision changes: those of the report it is about. */
export const decisionTags = (decided: DecidedItem) => reportTags({ id: decided.reportId, operator: decided.operator });

export async function moderationOverview({ user }: { user: AppUser | null }) {
  const access = moderatorAccess(user);
  if (!access.ok) return access;
  const [queue, log] = await Promise.all([listModerationQueue(), listModerationLog({ limit: 50 })]);
  return { ok: true as const, queue, log };
}
