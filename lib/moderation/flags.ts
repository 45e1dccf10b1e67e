import "server-only";
import { flagReport } from "@/db/queries/moderation";
import { REPORT_ID_PATTERN } from "@/db/queries/reports";
import { env } from "@/lib/env";
import { hashAddress } from "@/lib/http/client-address";

const HOUR_MS = 60 * 60 * 1000;

/**
 * A reader flags a report. The account and the address each count once (so a second
 * account on the same address adds nothing), and each may flag only so many reports an hour.
 */
export function flagReportAsReader({ reportId, userId, address, reason }: { reportId: string; userId: string | null; address: string; reason: string }) {
  if (!REPORT_ID_PATTERN.test(reportId)) return Promise.resolve({ kind: "not_found" as const });
  const { flagThreshold, flagLimitPerHour } = env();
  const addressHash = hashAddress(`flag:${address}`);
  return flagReport({
    reportId,
    readerKey: userId ? `user:${userId}` : `addr:${addressHash}`,
    addressHash,
    reason,
    threshold: flagThreshold,
    limit: { bucket: "flag", subjects: [`addr:${addressHash}`, ...(userId ? [`user:${userId}`] : [])], limit: flagLimitPerHour, windowMs: HOUR_MS },
  });
}
