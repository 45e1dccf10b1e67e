import type { Lang } from "./dates";

/**
 * Where a passport was issued: the places this site's readers most often hold passports
 * of, then others by name. ISO 3166-1 codes; names come from Intl in each language.
 */
export const PASSPORT_COUNTRIES = [
  "CN", "HK", "MO", "TW", "RU", "KZ", "KG", "UZ", "TJ", "BY", "MN", "SG", "MY", "TH", "VN", "JP", "KR",
  "US", "CA", "GB", "DE", "FR", "IT", "ES", "NL", "AU", "NZ", "AE", "TR", "IN", "ID", "PH",
] as const;

export type CountryCode = (typeof PASSPORT_COUNTRIES)[number];

const names: Partial<Record<string, Intl.DisplayNames>> = {};
const TAG: Record<Lang, string> = { ru: "ru", zh: "zh-CN", en: "en" };

export function countryName(code: string, lang: Lang): string {
  names[lang] ??= new Intl.DisplayNames([TAG[lang]], { type: "region" });
  return names[lang]!.of(code) ?? code;
}
