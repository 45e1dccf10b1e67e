import "server-only";
import { randomUUID } from "node:crypto";
import { getOperatorBySlug } from "@/db/queries/operators";
import { insertReport } from "@/db/queries/reports";
import type { ReportStatus } from "@/db/schema";
import { fieldErrorCodes, reportInputSchema } from "./schema";

export type SubmitReportResult =
  | { ok: true; id: string; status: ReportStatus; created: boolean }
  | { ok: false; code: "invalid"; fields: Record<string, string> };

/**
 * The one way a report is stored, shared by the form's server action and the JSON API:
 * validate, resolve the operator, insert once per idempotency key.
 */
export async function submitReport({
  payload,
  userId = null,
  sourceHash = null,
}: {
  payload: unknown;
  userId?: string | null;
  sourceHash?: string | null;
}): Promise<SubmitReportResult> {
  const parsed = reportInputSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, code: "invalid", fields: fieldErrorCodes(parsed.error) };
  const input = parsed.data;
  const operator = await getOperatorBySlug({ slug: input.operator });
  if (!operator) return { ok: false, code: "invalid", fields: { operator: "unknown_operator" } };
  const created = await insertReport({
    input,
    operatorId: operator.id,
    idempotencyKey: input.idempotencyKey ?? randomUUID(),
    status: "published",
    moderationReason: null,
    userId,
    sourceHash,
  });
  return { ok: true, ...created };
}
