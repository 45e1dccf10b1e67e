/**
 * When an author may add follow-ups. A report gives only the month of the attempt, so the
 * attempt counts as made on that month's last day: the window never opens early, whatever
 * day of the month it really was. Follow-ups open on day 30 after it and close after day 365.
 * Days are calendar days in UTC; dates are YYYY-MM-DD strings (they sort as they compare).
 */
export const OPENS_AFTER_DAYS = 30;
export const CLOSES_AFTER_DAYS = 365;

const DAY_MS = 24 * 3600 * 1000;

export type WindowState = "early" | "open" | "closed";
export type FollowUpWindow = { attemptDay: string; opensOn: string; closesOn: string };

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last day of the attempted month (YYYY-MM), at 00:00 UTC. */
function attemptDayMs(attemptedMonth: string): number {
  const year = Number(attemptedMonth.slice(0, 4));
  const month = Number(attemptedMonth.slice(5, 7));
  // day 0 of the next month is the last day of this one
  return Date.UTC(year, month, 0);
}

/** The calendar day `days` after the attempt day. */
export function dayAfterAttempt(attemptedMonth: string, days: number): string {
  return isoDay(attemptDayMs(attemptedMonth) + days * DAY_MS);
}

export function followUpWindow(attemptedMonth: string): FollowUpWindow {
  return {
    attemptDay: dayAfterAttempt(attemptedMonth, 0),
    opensOn: dayAfterAttempt(attemptedMonth, OPENS_AFTER_DAYS),
    closesOn: dayAfterAttempt(attemptedMonth, CLOSES_AFTER_DAYS),
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
