import type { useFormatter } from "next-intl";
import type { ReminderText } from "./reminder-link";

/** next-intl's formatter: the server's getFormatter() and the client's useFormatter() give the same. */
type Formatter = ReturnType<typeof useFormatter>;
type FollowUpTranslate = (key: "reminderLink" | "reminderTitle" | "reminderDescription" | "reminderDates", values?: Record<string, string | number>) => string;

/** A YYYY-MM-DD calendar day in the reader's words: a day, not a moment, so no time zone moves it. */
export const formatDay = (format: Formatter, isoDay: string, dateStyle: "long" | "medium" = "long") =>
  format.dateTime(new Date(`${isoDay}T00:00:00Z`), { dateStyle, timeZone: "UTC" });

/** The reminder link's words (FollowUp namespace): the same after posting a report and on its follow-up page. */
export function reminderText(t: FollowUpTranslate, format: Formatter): ReminderText {
  return {
    link: t("reminderLink"),
    title: t("reminderTitle"),
    description: (day) => t("reminderDescription", { day }),
    dates: (dates) => t("reminderDates", { dates: format.list(dates.map((date) => formatDay(format, date))) }),
  };
}
