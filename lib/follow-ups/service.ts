import "server-only";
import { findOwnReport, findReportByTokenHash, insertFollowUp, type FollowUpReport } from "@/db/queries/follow-ups";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import type { AppUser } from "@/db/queries/users";
import type { ReportStatus } from "@/lib/domain";
import { env } from "@/lib/env";
import { issueCodes } from "@/lib/forms";
import { holdReason } from "@/lib/moderation/holds";
import { followUpInputSchema } from "./schema";
import { hashFollowUpToken, isWellFormedToken } from "./token";
import { followUpWindow, windowState } from "./window";

/** How the author proves the report is theirs: the private link, or the account that posted it. */
export type FollowUpAccess = { token: string } | { reportId: string; user: AppUser | null };

/** The report behind a follow-up link or an author's session; null for anything else. */
export async function resolveFollowUpReport(access: FollowUpAccess): Promise<FollowUpReport | null> {
  if ("token" in access) {
    return isWellFormedToken(access.token) ? findReportByTokenHash({ tokenHash: hashFollowUpToken(access.token) }) : null;
  }
  return access.user ? findOwnReport({ id: access.reportId, userId: access.user.id }) : null;
}

export type AddFollowUpResult =
  | { ok: true; id: string; status: ReportStatus; silent: boolean; report: FollowUpReport }
  | { ok: false; code: "invalid"; fields: Record<string, string> }
  | { ok: false; code: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; code: "invalid_link" | "not_published" | "already_added" }
  | { ok: false; code: "too_early"; opensOn: string }
  | { ok: false; code: "window_closed"; closesOn: string };

const HOUR_MS = 3600 * 1000;

/**
 * The one way a follow-up is stored (the page's action calls it): validate, count it against
 * the sender's hourly limit, find the report, check the 30–365-day window on `now`, then
 * store it once per kind — published, or held for review when its note carries contact
 * details (a filled honeypot holds it silently). A bad link or a closed window changes nothing.
 */
export async function addFollowUp({
  access,
  payload,
  sourceHash = null,
  honeypot = "",
  now = new Date(),
}: {
  access: FollowUpAccess;
  payload: unknown;
  sourceHash?: string | null;
  honeypot?: string;
  now?: Date;
}): Promise<AddFollowUpResult> {
  const parsed = followUpInputSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, code: "invalid", fields: issueCodes(parsed.error) };
  const user = "user" in access ? access.user : null;
  const subject = user ? `user:${user.id}` : sourceHash ? `addr:${sourceHash}` : null;
  if (subject) {
    const limit = await consumeRateLimit({ bucket: "follow_up", subject, limit: env().reportLimitPerHour, windowMs: HOUR_MS });
    if (!limit.ok) return { ok: false, code: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  const report = await resolveFollowUpReport(access);
  if (!report) return { ok: false, code: "invalid_link" };
  if (report.status !== "published") return { ok: false, code: "not_published" };
  const state = windowState(report.attemptedMonth, now);
  const window = followUpWindow(report.attemptedMonth);
  if (state === "early") return { ok: false, code: "too_early", opensOn: window.opensOn };
  if (state === "closed") return { ok: false, code: "window_closed", closesOn: window.closesOn };

  const input = parsed.data;
  const hold = honeypot ? { reason: "bot: honeypot", silent: true } : holdReason({ story: input.note, displayName: null });
  const stored = await insertFollowUp({
    reportId: report.id,
    ...input,
    status: hold ? "pending" : "published",
    moderationReason: hold?.reason ?? null,
    userId: user?.id ?? null,
    sourceHash,
  });
  if (stored.kind !== "stored") return { ok: false, code: stored.kind };
  return { ok: true, id: stored.id, status: stored.status, silent: Boolean(hold?.silent), report };
}
