import type { Lang } from "./dates";

/**
 * Where a passport was issued: the places this site's readers most often hold passports
 * of. The names are fixed here rather than taken from Intl.DisplayNames, whose names
 * differ between ICU versions (Node's "Гонконг (САР)" is Chromium's "Гонконг"): a document
 * must not depend on the browser, and the server-rendered list must match the client's.
 */
const COUNTRIES = {
  CN: { ru: "Китайская Народная Республика", zh: "中国", en: "China" },
  HK: { ru: "Гонконг (САР КНР)", zh: "中国香港", en: "Hong Kong" },
  MO: { ru: "Макао (САР КНР)", zh: "中国澳门", en: "Macao" },
  TW: { ru: "Тайвань", zh: "中国台湾", en: "Taiwan" },
  RU: { ru: "Российская Федерация", zh: "俄罗斯", en: "Russia" },
  KZ: { ru: "Казахстан", zh: "哈萨克斯坦", en: "Kazakhstan" },
  KG: { ru: "Киргизия", zh: "吉尔吉斯斯坦", en: "Kyrgyzstan" },
  UZ: { ru: "Узбекистан", zh: "乌兹别克斯坦", en: "Uzbekistan" },
  TJ: { ru: "Таджикистан", zh: "塔吉克斯坦", en: "Tajikistan" },
  BY: { ru: "Беларусь", zh: "白俄罗斯", en: "Belarus" },
  MN: { ru: "Монголия", zh: "蒙古", en: "Mongolia" },
  SG: { ru: "Сингапур", zh: "新加坡", en: "Singapore" },
  MY: { ru: "Малайзия", zh: "马来西亚", en: "Malaysia" },
  TH: { ru: "Таиланд", zh: "泰国", en: "Thailand" },
  VN: { ru: "Вьетнам", zh: "越南", en: "Vietnam" },
  JP: { ru: "Япония", zh: "日本", en: "Japan" },
  KR: { ru: "Республика Корея", zh: "韩国", en: "South Korea" },
  US: { ru: "Соединённые Штаты Америки", zh: "美国", en: "United States" },
  CA: { ru: "Канада", zh: "加拿大", en: "Canada" },
  GB: { ru: "Великобритания", zh: "英国", en: "United Kingdom" },
  DE: { ru: "Германия", zh: "德国", en: "Germany" },
  FR: { ru: "Франция", zh: "法国", en: "France" },
  IT: { ru: "Италия", zh: "意大利", en: "Italy" },
  ES: { ru: "Испания", zh: "西班牙", en: "Spain" },
  NL: { ru: "Нидерланды", zh: "荷兰", en: "Netherlands" },
  AU: { ru: "Австралия", zh: "澳大利亚", en: "Australia" },
  NZ: { ru: "Новая Зеландия", zh: "新西兰", en: "New Zealand" },
  AE: { ru: "Объединённые Арабские Эмираты", zh: "阿联酋", en: "United Arab Emirates" },
  TR: { ru: "Турция", zh: "土耳其", en: "Türkiye" },
  IN: { ru: "Индия", zh: "印度", en: "India" },
  ID: { ru: "Индонезия", zh: "印度尼西亚", en: "Indonesia" },
  PH: { ru: "Филиппины", zh: "菲律宾", en: "Philippines" },
} as const satisfies Record<string, Record<Lang, string>>;

export type CountryCode = keyof typeof COUNTRIES;

export const PASSPORT_COUNTRIES = Object.keys(COUNTRIES) as CountryCode[];

export const countryName = (code: CountryCode, lang: Lang): string => COUNTRIES[code][lang];
