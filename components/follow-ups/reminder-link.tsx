import { calendarDataUri, reminderCalendar, reminderSchedule, type ReminderSubject } from "@/lib/follow-ups/reminders";

export type ReminderText = {
  link: string;
  title: string;
  description: (day: number) => string;
  dates: (dates: string[]) => string;
};

/**
 * Downloads an .ics with the day-30 and day-90 reminders. The file is in the link itself (a
 * data: URI), so the follow-up address travels in no other request. `issuedAt` is an ISO
 * time, so a client component can pass it on.
 */
export function ReminderLink({ issuedAt, text, ...subject }: Omit<ReminderSubject, "issuedAt"> & { issuedAt: string; text: ReminderText }) {
  const ics = reminderCalendar({
    ...subject,
    issuedAt: new Date(issuedAt),
    text: (day) => ({ title: text.title, description: text.description(day) }),
  });
  const dates = reminderSchedule(subject.attemptedMonth).map((r) => r.date);
  return (
    <p className="text-sm">
      <a href={calendarDataUri(ics)} download="sim-exit-follow-up.ics" className="font-medium" data-testid="reminder-ics">
        {text.link}
      </a>{" "}
      <span className="text-muted">{text.dates(dates)}</span>
    </p>
  );
}
