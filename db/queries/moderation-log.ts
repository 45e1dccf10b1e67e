import "server-only";
import type { ModerationAction } from "@/lib/domain";
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
