import "server-only";
import { announceDueChecks } from "@/db/queries/policy";
import { utcDate } from "./rules";

/** How often each app instance looks for facts whose check-after date has come. */
export const DUE_SWEEP_MS = 5 * 60 * 1000;

/**
 * The database half of the check-after rule (see lib/policy/view.ts): marks each fact whose
 * date has come, once, which invalidates every cached page citing it on every instance.
 * Several instances may sweep at once; the update decides which one marks a fact.
 */
export function sweepDueChecks(now = new Date()): Promise<string[]> {
  return announceDueChecks({ today: utcDate(now) });
}
