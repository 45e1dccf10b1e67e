import { localizedPath } from "@/i18n/paths";

/** The private follow-up page of the link's holder. */
export const followUpPath = (locale: string, token: string) => localizedPath(locale, `/follow-up/${token}`);

/** The same page reached through the author's account instead of the link. */
export const accountFollowUpPath = (locale: string, reportId: string) => localizedPath(locale, `/account/follow-ups/${reportId}`);

/** The site language a report's author reads: Chinese for Chinese reports, English otherwise. */
export const localeOfReportLanguage = (language: string) => (language === "zh" ? "zh" : "en");
