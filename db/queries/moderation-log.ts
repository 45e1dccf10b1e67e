import "server-only";
import type { ModerationAction, ReportStatus } from "@/lib/domain";
import type { Database } from "../index";
import { moderationLog } from "../schema";

type Executor = Pick<Database, "insert">;

/** Every moderator action leaves a line: who, what, on what, why. Runs in the caller's transaction. */
export async function logModeration(
  tx: Executor,
  entry: { actorId: string | null; action: ModerationAction; targetType: string; targetId: string; reason?: string },
) {
  await tx.insert(moderationLog).values({ ...entry, reason: entry.reason ?? "" });
}

/** A moderator's verdict on something held for review (a report, a follow-up). */
export type ModerationDecision = { id: string; action: "approve" | "reject"; reason: string; actorId: string };

/** What a decision changed: the item's new status, and the report and operator whose pages show it. */
export type DecidedItem = { id: string; status: ReportStatus; reportId: string; operator: string };

/** The columns a decision sets on a held row: published, or rejected with its reason. */
export function decidedColumns({ action, reason }: ModerationDecision) {
  const status: ReportStatus = action === "approve" ? "published" : "rejected";
  return { status, moderationReason: action === "approve" ? null : reason || "rejected", updatedAt: new Date() };
}
