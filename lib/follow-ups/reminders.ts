import { dayAfterAttempt } from "@/lib/domain";

/**
 * Reminders to come back and follow up: the one place they are defined. Today they are a
 * calendar file the author downloads (there is no mail server); an e-mail reminder would be
 * sent from the same schedule with the same words.
 */
const REMINDER_DAYS = [30, 90] as const;

export type Reminder = { day: (typeof REMINDER_DAYS)[number]; date: string };

export function reminderSchedule(attemptedMonth: string): Reminder[] {
  return REMINDER_DAYS.map((day) => ({ day, date: dayAfterAttempt(attemptedMonth, day) }));
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");

/** Lines longer than 75 octets are folded (a CRLF and a space), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (isoDay: string) => isoDay.replaceAll("-", "");
const stampOf = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** The report a reminder brings its author back to, where to, and when the link was issued. */
export type ReminderSubject = { reportId: string; attemptedMonth: string; url: string; issuedAt: Date };

/**
 * An iCalendar file with one all-day event per reminder, each with an alarm at 09:00 that
 * day (floating time: the author's own morning). `text(day)` gives the event's title and
 * description in the author's language.
 */
export function reminderCalendar({
  reportId,
  attemptedMonth,
  url,
  issuedAt,
  text,
}: ReminderSubject & { text: (day: number) => { title: string; description: string } }): string {
  const events = reminderSchedule(attemptedMonth).flatMap(({ day, date }) => {
    const { title, description } = text(day);
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
    return [
      "BEGIN:VEVENT",
      `UID:follow-up-${reportId}-day-${day}@sim-exit`,
      `DTSTAMP:${stampOf(issuedAt)}`,
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(next)}`,
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(`${description}\n${url}`)}`,
      `URL:${url}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER;RELATED=START:PT9H",
      `DESCRIPTION:${escapeText(title)}`,
      "END:VALARM",
      "END:VEVENT",
    ];
  });
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SIM Exit//Follow-up reminders//EN", "CALSCALE:GREGORIAN", ...events, "END:VCALENDAR"];
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** A link target that downloads the file without another request (and without the token in another URL). */
export const calendarDataUri = (ics: string) => `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
