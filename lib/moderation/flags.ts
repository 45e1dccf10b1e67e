import "server-only";
import { flagReport } from "@/db/queries/moderation";
import { hashAddress } from "@/lib/http/client-address";

export const flagThreshold = () => Math.max(1, Number(process.env.FLAG_THRESHOLD || 3));

/** A reader is their account, or a salted hash of their address when signed out. */
export function readerKey({ userId, address }: { userId: string | null; address: string }) {
  return userId ? `user:${userId}` : `addr:${hashAddress(`flag:${address}`)}`;
}

export function flagReportAsReader({ reportId, userId, address, reason }: { reportId: string; userId: string | null; address: string; reason: string }) {
  if (!/^[0-9a-f-]{36}$/i.test(reportId)) return Promise.resolve({ kind: "not_found" as const });
  return flagReport({ reportId, readerKey: readerKey({ userId, address }), reason, threshold: flagThreshold() });
}
