import { dayAfterAttempt, FOLLOW_UP_CLOSES_AFTER_DAYS, FOLLOW_UP_OPENS_AFTER_DAYS } from "@/lib/domain";

/**
 * When an author may add follow-ups: from day 30 after the attempt through day 365 (days
 * counted as lib/domain.ts's dayAfterAttempt counts them).
 */
export type WindowState = "early" | "open" | "closed";
export type FollowUpWindow = { attemptDay: string; opensOn: string; closesOn: string };

export function followUpWindow(attemptedMonth: string): FollowUpWindow {
  return {
    attemptDay: dayAfterAttempt(attemptedMonth, 0),
    opensOn: dayAfterAttempt(attemptedMonth, FOLLOW_UP_OPENS_AFTER_DAYS),
    closesOn: dayAfterAttempt(attemptedMonth, FOLLOW_UP_CLOSES_AFTER_DAYS),
  };
}

/** Today's date in UTC. */
export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/** early before day 30, open from day 30 through day 365, closed after. */
export function windowState(attemptedMonth: string, now: Date): WindowState {
  const today = utcDay(now);
  const { opensOn, closesOn } = followUpWindow(attemptedMonth);
  if (today < opensOn) return "early";
  return today <= closesOn ? "open" : "closed";
}

/** Whether follow-ups for this month could have been added by `day` (for the follow-up rate). */
export const windowOpenedBy = (attemptedMonth: string, day: string) => followUpWindow(attemptedMonth).opensOn <= day;
