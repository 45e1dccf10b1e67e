/**
 * Calendar dates as the form holds them ("YYYY-MM-DD", what <input type="date"> gives;
 * "DD.MM.YYYY" is accepted too) and as the documents print them, formatted by Intl.
 */

export type Lang = "ru" | "zh" | "en";

/** "2020-02-01" or "01.02.2020" → "2020-02-01" when that day exists in the calendar, else null. */
export function parseDate(input: string): string | null {
  const value = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Date.UTC rolls 31 February over into March: a real day survives the round trip
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const NUMERIC: Record<Lang, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }),
  zh: new Intl.DateTimeFormat("zh-CN", { timeZone: "UTC", dateStyle: "long" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "long" }),
};

const LONG: Record<Lang, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", dateStyle: "long" }),
  zh: NUMERIC.zh,
  en: NUMERIC.en,
};

/** 01.02.2020 · 2020年2月1日 · 1 February 2020 */
export const formatDate = (iso: string, lang: Lang) => NUMERIC[lang].format(toDate(iso));
/** 1 февраля 2020 г. · 2020年2月1日 · 1 February 2020 (the date line of a power of attorney) */
export const formatLongDate = (iso: string, lang: Lang) => LONG[lang].format(toDate(iso));
