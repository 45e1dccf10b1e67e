import type { NewOperator } from "../schema";

// Facts only: official names and sites. Channels are the ones each operator is known to offer
// for account questions; experience reports say which of them actually closed a number.
export const seedOperators: NewOperator[] = [
  {
    slug: "mts",
    nameRu: "МТС",
    nameEn: "MTS",
    nameZh: "MTS",
    country: "RU",
    website: "https://mts.ru",
    channels: ["app", "website", "online_chat", "gosuslugi", "phone", "store", "representative"],
    sortOrder: 1,
  },
  {
    slug: "megafon",
    nameRu: "МегаФон",
    nameEn: "MegaFon",
    nameZh: "MegaFon",
    country: "RU",
    website: "https://megafon.ru",
    channels: ["app", "website", "online_chat", "gosuslugi", "phone", "store", "representative"],
    sortOrder: 2,
  },
  {
    slug: "beeline",
    nameRu: "Билайн",
    nameEn: "Beeline",
    nameZh: "Beeline",
    country: "RU",
    website: "https://beeline.ru",
    channels: ["app", "website", "online_chat", "gosuslugi", "phone", "store", "representative"],
    sortOrder: 3,
  },
  {
    slug: "t2",
    nameRu: "Т2",
    nameEn: "T2 (formerly Tele2)",
    nameZh: "T2（原 Tele2）",
    country: "RU",
    website: "https://t2.ru",
    channels: ["app", "website", "online_chat", "gosuslugi", "phone", "store", "representative"],
    sortOrder: 4,
  },
  {
    slug: "yota",
    nameRu: "Yota",
    nameEn: "Yota",
    nameZh: "Yota",
    country: "RU",
    website: "https://yota.ru",
    channels: ["app", "website", "online_chat", "phone", "store", "representative"],
    sortOrder: 5,
  },
];
