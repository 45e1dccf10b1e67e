import "server-only";
import { randomUUID } from "node:crypto";
import { getOperatorBySlug } from "@/db/queries/operators";
import { insertReport } from "@/db/queries/reports";
import type { ReportLanguage, ReportStatus } from "@/lib/domain";
import { env } from "@/lib/env";
import { newFollowUpToken } from "@/lib/follow-ups/token";
import { holdReason, type BotSignals } from "@/lib/moderation/holds";
import { issueCodes } from "@/lib/forms";
import { reportInputSchema } from "./schema";

export type SubmitReportResult =
  | {
      ok: true;
      id: string;
      status: ReportStatus;
      created: boolean;
      silent: boolean;
      /** the author's private follow-up token: only when this call stored the report, never again */
      followUpToken: string | null;
      operator: string;
      attemptedMonth: string;
      language: ReportLanguage;
    }
  | { ok: false; code: "invalid"; fields: Record<string, string> }
  | { ok: false; code: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; code: "duplicate" };

const HOUR_MS = 60 * 60 * 1000;

/** Anonymous reports per address per hour; signed-in members get three times as many. */
export function reportLimitPerHour({ member }: { member: boolean }) {
  const base = env().reportLimitPerHour;
  return member ? base * 3 : base;
}

/**
 * The one way a report is stored, shared by the form's server action and the JSON API:
 * validate, resolve the operator, decide whether it waits for review, then insert once per
 * idempotency key within the sender's rate limit.
 */
export async function submitReport({
  payload,
  userId = null,
  sourceHash = null,
  bot,
}: {
  payload: unknown;
  userId?: string | null;
  sourceHash?: string | null;
  bot?: BotSignals;
}): Promise<SubmitReportResult> {
  const parsed = reportInputSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, code: "invalid", fields: issueCodes(parsed.error, "body") };
  const input = parsed.data;
  const operator = await getOperatorBySlug({ slug: input.operator });
  if (!operator) return { ok: false, code: "invalid", fields: { operator: "unknown_operator" } };

  const hold = holdReason(input, bot);
  // only the hash is stored; the token goes back to the author once, if this call stores the report
  const followUp = newFollowUpToken();
  const subject = userId ? `user:${userId}` : sourceHash ? `addr:${sourceHash}` : null;
  const outcome = await insertReport(
    {
      input,
      operatorId: operator.id,
      idempotencyKey: input.idempotencyKey ?? randomUUID(),
      status: hold ? "pending" : "published",
      moderationReason: hold?.reason ?? null,
      userId,
      sourceHash,
      followUpTokenHash: followUp.hash,
    },
    subject ? { bucket: "report", subject, limit: reportLimitPerHour({ member: Boolean(userId) }), windowMs: HOUR_MS } : undefined,
  );
  if (outcome.kind === "rate_limited") return { ok: false, code: "rate_limited", retryAfterSeconds: outcome.retryAfterSeconds };
  if (outcome.kind === "duplicate") return { ok: false, code: "duplicate" };
  return {
    ok: true,
    id: outcome.id,
    status: outcome.status,
    created: outcome.created,
    silent: Boolean(hold?.silent),
    followUpToken: outcome.created ? followUp.token : null,
    operator: input.operator,
    attemptedMonth: input.attemptedMonth,
    language: input.language,
  };
}
