import { countryName, type CountryCode } from "./countries";
import { formatDate, formatLongDate, type Lang } from "./dates";
import { OPERATOR_ENTITIES, type PaperworkOperator } from "./operators";
import type { Answers, RepresentativePassport } from "./schema";

/**
 * The two documents as paragraphs: the Russian text the operator receives, and its
 * meaning in Chinese and English for the person who signs it. Pure functions of the
 * validated answers, so every sentence is unit-tested.
 *
 * Names stay in the nominative (after a label or a colon): Chinese and foreign names do
 * not decline reliably, and a label is as conventional in an application as a sentence.
 */

export type ParagraphKind = "addressee" | "title" | "subtitle" | "place" | "body" | "item" | "signature";
export type Paragraph = { kind: ParagraphKind; ru: string; zh: string; en: string };
export type DocumentId = "application" | "poa";
export type PaperworkDocument = { id: DocumentId; paragraphs: Paragraph[] };

const p = (kind: ParagraphKind, ru: string, zh: string, en: string): Paragraph => ({ kind, ru, zh, en });

/** The same text in the three languages, from a function of the language. */
const each = (kind: ParagraphKind, text: (lang: Lang) => string) => p(kind, text("ru"), text("zh"), text("en"));

const BLANK = "____________________";
const BLANK_DATE = "«___» ____________ 20___ г.";

const date = (iso: string, lang: Lang) => formatDate(iso, lang);
const country = (code: CountryCode, lang: Lang) => countryName(code, lang);

function fullName(a: Answers) {
  const s = a.subscriber;
  return `${s.surnameCyrillic} ${s.givenNamesCyrillic}`;
}

function latinName(a: Answers) {
  const s = a.subscriber;
  return `${s.surnameLatin} ${s.givenNamesLatin}`;
}

function addressee(a: Answers, operator: PaperworkOperator) {
  const entity = a.addressee ?? OPERATOR_ENTITIES[operator.slug] ?? null;
  return entity
    ? p(
        "addressee",
        `В ${entity}`,
        `致：${entity}（运营商 ${operator.nameZh}）`,
        `To: ${entity} (operator ${operator.nameEn})`,
      )
    : p(
        "addressee",
        `В ${BLANK} (оператор связи «${operator.nameRu}»)`,
        `致：${BLANK}（运营商 ${operator.nameZh}；请照合同抄写公司全称）`,
        `To: ${BLANK} (operator ${operator.nameEn}; copy the company's full name from the contract)`,
      );
}

/** «договор № 123 от 01.02.2019» with whichever parts are known, for each language. */
function contractRef(a: Answers) {
  const ru = [a.contractNumber && ` № ${a.contractNumber}`, a.contractDate && ` от ${date(a.contractDate, "ru")}`].filter(Boolean).join("");
  const zhParts = [a.contractNumber && `合同号 ${a.contractNumber}`, a.contractDate && `签订日期 ${date(a.contractDate, "zh")}`].filter(Boolean);
  const enParts = [a.contractNumber && ` No. ${a.contractNumber}`, a.contractDate && ` of ${date(a.contractDate, "en")}`].filter(Boolean);
  return { ru, zh: zhParts.length ? `（${zhParts.join("，")}）` : "", en: enParts.join("") };
}

function accountRef(a: Answers) {
  return a.personalAccount
    ? { ru: ` (лицевой счёт № ${a.personalAccount})`, zh: `（个人账户号 ${a.personalAccount}）`, en: ` (personal account No. ${a.personalAccount})` }
    : { ru: "", zh: "", en: "" };
}

function subscriberPassport(a: Answers, lang: Lang) {
  const pass = a.subscriber.passport;
  if (lang === "ru") return `паспорт № ${pass.number}, страна выдачи: ${country(pass.country, "ru")}, дата выдачи ${date(pass.issued, "ru")}`;
  if (lang === "zh") return `护照号码 ${pass.number}，签发国：${country(pass.country, "zh")}，签发日期 ${date(pass.issued, "zh")}`;
  return `passport No. ${pass.number}, issued by ${country(pass.country, "en")} on ${date(pass.issued, "en")}`;
}

/** "дата рождения 01.01.1990, " when the reader gave it (the power of attorney's sentence). */
function birth(a: Answers, lang: Lang) {
  const day = a.subscriber.birthDate;
  if (!day) return "";
  return { ru: `дата рождения ${date(day, "ru")}, `, zh: `出生日期 ${date(day, "zh")}，`, en: `born ${date(day, "en")}, ` }[lang];
}

function placeAndDate(a: Answers, lang: Lang, long: boolean) {
  const city = a.city ? (lang === "ru" ? `г. ${a.city}` : a.city) : BLANK;
  const day = a.date ? (long ? formatLongDate(a.date, lang) : date(a.date, lang)) : lang === "ru" ? BLANK_DATE : BLANK;
  if (lang === "ru") return `${city}, ${day}`;
  if (lang === "zh") return `地点：${city}，日期：${day}`;
  return `Place: ${city}, date: ${day}`;
}

export function buildApplication(a: Answers, operator: PaperworkOperator): PaperworkDocument {
  const name = fullName(a);
  const latin = latinName(a);
  const contract = contractRef(a);
  const account = accountRef(a);
  const rep = a.representative;
  const paragraphs: Paragraph[] = [
    addressee(a, operator),
    p("addressee", `Заявитель: ${name} (${latin})`, `申请人：${name}（${latin}）`, `Applicant: ${name} (${latin})`),
  ];
  const born = a.subscriber.birthDate;
  if (born) {
    paragraphs.push(p("addressee", `Дата рождения: ${date(born, "ru")}`, `出生日期：${date(born, "zh")}`, `Date of birth: ${date(born, "en")}`));
  }
  paragraphs.push(
    each("addressee", (lang) =>
      ({ ru: "Документ, удостоверяющий личность: ", zh: "身份证件：", en: "Identity document: " })[lang] + subscriberPassport(a, lang),
    ),
    p("addressee", `Абонентский номер: ${a.phone}`, `手机号码：${a.phone}`, `Subscriber number: ${a.phone}`),
  );
  if (a.contact) {
    paragraphs.push(p("addressee", `Контактные данные для связи: ${a.contact}`, `答复联系方式：${a.contact}`, `Contact for the reply: ${a.contact}`));
  }

  const refund = a.refund.kind !== "none";
  paragraphs.push(
    p("title", "ЗАЯВЛЕНИЕ", "申请书", "APPLICATION"),
    p(
      "subtitle",
      refund
        ? "о расторжении договора об оказании услуг связи и возврате остатка денежных средств"
        : "о расторжении договора об оказании услуг связи",
      refund ? "关于解除通信服务合同并退还余额" : "关于解除通信服务合同",
      refund
        ? "to terminate the contract for communication services and refund the balance"
        : "to terminate the contract for communication services",
    ),
    p(
      "body",
      `Прошу расторгнуть договор об оказании услуг подвижной радиотелефонной связи${contract.ru}, заключённый со мной, и прекратить оказание услуг связи по абонентскому номеру ${a.phone}${account.ru}.`,
      `我请求解除与我签订的移动无线电话通信服务合同${contract.zh}，并停止向手机号码 ${a.phone}${account.zh || " "}提供通信服务。`,
      `I request that the contract for mobile radiotelephone services${contract.en} concluded with me be terminated and that communication services to the subscriber number ${a.phone}${account.en} be stopped.`,
    ),
  );

  if (a.refund.kind === "bank") {
    const r = a.refund;
    paragraphs.push(
      p(
        "body",
        "Остаток денежных средств на лицевом счёте прошу перечислить по следующим реквизитам:",
        "请将我个人账户上的剩余款项按以下银行信息转账：",
        "I ask that the balance remaining on the personal account be transferred to the following bank details:",
      ),
      p("item", `получатель: ${r.recipient};`, `收款人：${r.recipient}；`, `recipient: ${r.recipient};`),
      p("item", `банк получателя: ${r.bank};`, `收款银行：${r.bank}；`, `recipient's bank: ${r.bank};`),
      p("item", `БИК: ${r.bic};`, `银行识别码（БИК）：${r.bic}；`, `bank identification code (BIC): ${r.bic};`),
    );
    if (r.correspondentAccount) {
      paragraphs.push(
        p(
          "item",
          `корреспондентский счёт: ${r.correspondentAccount};`,
          `银行的代理账户（корр. счёт）：${r.correspondentAccount}；`,
          `bank's correspondent account: ${r.correspondentAccount};`,
        ),
      );
    }
    paragraphs.push(p("item", `счёт получателя: ${r.account}.`, `收款人账号：${r.account}。`, `recipient's account: ${r.account}.`));
  } else if (a.refund.kind === "transfer") {
    paragraphs.push(
      p(
        "body",
        `Остаток денежных средств на лицевом счёте прошу перевести на лицевой счёт абонентского номера ${a.refund.phone}, обслуживаемого тем же оператором связи.`,
        `请将我个人账户上的剩余款项转到同一运营商的手机号码 ${a.refund.phone} 的账户上。`,
        `I ask that the balance remaining on the personal account be moved to the account of the subscriber number ${a.refund.phone}, served by the same operator.`,
      ),
    );
  } else {
    paragraphs.push(
      p(
        "body",
        "Возврата остатка денежных средств на лицевом счёте не требую.",
        "我不要求退还个人账户上的剩余款项。",
        "I do not claim a refund of the balance remaining on the personal account.",
      ),
    );
  }

  if (rep) {
    paragraphs.push(
      p(
        "body",
        `Заявление подаётся моим представителем по доверенности: ${rep.fullName}.`,
        `本申请由我的受托代理人递交：${rep.fullName}。`,
        `This application is handed in by my representative under a power of attorney: ${rep.fullName}.`,
      ),
      p("body", "Приложение: доверенность.", "附件：委托书。", "Enclosure: the power of attorney."),
    );
  }

  paragraphs.push(
    each("place", (lang) => placeAndDate(a, lang, false)),
    p(
      "signature",
      `${rep ? "Подпись заявителя или его представителя по доверенности" : "Подпись заявителя"}: ________________ / ${name} /`,
      `${rep ? "申请人或其受托代理人签名" : "申请人签名"}：________________ / ${name} /`,
      `${rep ? "Signature of the applicant or the representative" : "Applicant's signature"}: ________________ / ${name} /`,
    ),
  );
  return { id: "application", paragraphs };
}

function representativePassport(passport: RepresentativePassport, lang: Lang) {
  const issuer = passport.issuer;
  if (passport.kind === "russian") {
    if (lang === "ru") {
      return `паспорт гражданина Российской Федерации серии ${passport.series} № ${passport.number}, выдан ${issuer ? `${issuer} ` : ""}${date(passport.issued, "ru")}`;
    }
    if (lang === "zh") {
      return `俄罗斯联邦公民护照，系列 ${passport.series}，号码 ${passport.number}，${issuer ? `签发机关 ${issuer}，` : ""}签发日期 ${date(passport.issued, "zh")}`;
    }
    return `passport of a citizen of the Russian Federation, series ${passport.series} No. ${passport.number}, issued ${issuer ? `by ${issuer} ` : ""}on ${date(passport.issued, "en")}`;
  }
  if (lang === "ru") {
    return `паспорт № ${passport.number}, страна выдачи: ${country(passport.country, "ru")}, ${issuer ? `выдан ${issuer}, ` : ""}дата выдачи ${date(passport.issued, "ru")}`;
  }
  if (lang === "zh") {
    return `护照号码 ${passport.number}，签发国：${country(passport.country, "zh")}，${issuer ? `签发机关 ${issuer}，` : ""}签发日期 ${date(passport.issued, "zh")}`;
  }
  return `passport No. ${passport.number}, issued by ${country(passport.country, "en")}${issuer ? ` (${issuer})` : ""} on ${date(passport.issued, "en")}`;
}

const TERM_WORDS = {
  1: { ru: "один год", zh: "一年", en: "one year" },
  2: { ru: "два года", zh: "两年", en: "two years" },
  3: { ru: "три года", zh: "三年", en: "three years" },
} as const;

function term(rep: NonNullable<Answers["representative"]>, lang: Lang) {
  const t = rep.term;
  if (t.kind === "until") {
    return {
      ru: `Доверенность выдана сроком до ${formatLongDate(t.date, "ru")} включительно без права передоверия.`,
      zh: `本委托书有效期至 ${formatLongDate(t.date, "zh")}（含当日），代理人无权转委托他人。`,
      en: `This power of attorney is valid until ${formatLongDate(t.date, "en")} inclusive, without the right of substitution.`,
    }[lang];
  }
  const words = t.kind === "months" ? { ru: "шесть месяцев", zh: "六个月", en: "six months" } : TERM_WORDS[t.years];
  return {
    ru: `Доверенность выдана сроком на ${words.ru} без права передоверия.`,
    zh: `本委托书有效期为${words.zh}，代理人无权转委托他人。`,
    en: `This power of attorney is issued for ${words.en}, without the right of substitution.`,
  }[lang];
}

/** Null when the reader hands the application in personally (no representative). */
export function buildPowerOfAttorney(a: Answers, operator: PaperworkOperator): PaperworkDocument | null {
  const rep = a.representative;
  if (!rep) return null;
  const name = fullName(a);
  const latin = latinName(a);
  const entity = a.addressee ?? OPERATOR_ENTITIES[operator.slug] ?? null;
  const where = entity
    ? { ru: `в ${entity}`, zh: `${entity}（运营商 ${operator.nameZh}）`, en: `${entity} (operator ${operator.nameEn})` }
    : { ru: `у оператора связи «${operator.nameRu}»`, zh: `运营商 ${operator.nameZh}`, en: `the operator ${operator.nameEn}` };
  const contract = contractRef(a);
  const account = accountRef(a);

  const paragraphs: Paragraph[] = [
    p("title", "ДОВЕРЕННОСТЬ", "委托书", "POWER OF ATTORNEY"),
    each("place", (lang) => placeAndDate(a, lang, true)),
    p(
      "body",
      `Настоящей доверенностью я, ${name} (${latin}), ${birth(a, "ru")}${subscriberPassport(a, "ru")}, уполномочиваю лицо, указанное ниже (далее — Представитель), представлять мои интересы ${where.ru} по всем вопросам, связанным с договором об оказании услуг подвижной радиотелефонной связи${contract.ru} по абонентскому номеру ${a.phone}${account.ru}.`,
      `我，${name}（${latin}），${birth(a, "zh")}${subscriberPassport(a, "zh")}，特此授权下列人员（以下称“代理人”）就手机号码 ${a.phone}${account.zh || " "}的移动无线电话通信服务合同${contract.zh}的一切事宜，在 ${where.zh} 代表我的利益。`,
      `By this power of attorney I, ${name} (${latin}), ${birth(a, "en")}${subscriberPassport(a, "en")}, authorize the person named below (the Representative) to represent my interests with ${where.en} in all matters concerning the contract for mobile radiotelephone services${contract.en} for the subscriber number ${a.phone}${account.en}.`,
    ),
    p(
      "body",
      `Представитель: ${rep.fullName}, дата рождения ${date(rep.birthDate, "ru")}, ${representativePassport(rep.passport, "ru")}.`,
      `代理人：${rep.fullName}，出生日期 ${date(rep.birthDate, "zh")}，${representativePassport(rep.passport, "zh")}。`,
      `Representative: ${rep.fullName}, born ${date(rep.birthDate, "en")}, ${representativePassport(rep.passport, "en")}.`,
    ),
    p("body", "Для этого предоставляю Представителю право:", "为此，我授予代理人以下权利：", "To this end I give the Representative the right:"),
    p(
      "item",
      `расторгнуть от моего имени указанный договор и прекратить обслуживание абонентского номера ${a.phone};`,
      `以我的名义解除上述合同，并停止手机号码 ${a.phone} 的服务；`,
      `to terminate the said contract in my name and end the service of the subscriber number ${a.phone};`,
    ),
    p(
      "item",
      "подавать и получать заявления, справки, уведомления и иные документы;",
      "递交和领取申请、证明、通知及其他文件；",
      "to file and receive applications, certificates, notices and other documents;",
    ),
    p(
      "item",
      "получать причитающиеся мне денежные средства (остаток аванса на лицевом счёте), а также подавать заявление о возврате этих денежных средств и указывать реквизиты для их перечисления;",
      "领取应归我所有的款项（个人账户上预付款的余额），并提交退还这些款项的申请、指定转账的收款信息；",
      "to receive the money due to me (the unspent advance payment on the personal account), and to apply for its refund and give the details for the transfer;",
    ),
    p(
      "item",
      "расписываться за меня и совершать иные действия и формальности, связанные с выполнением этого поручения.",
      "代我签字，并办理与执行本委托有关的其他一切事务和手续。",
      "to sign for me and to take any other steps and formalities connected with this mandate.",
    ),
    each("body", (lang) => term(rep, lang)),
    p(
      "signature",
      `Подпись доверителя: ________________ / ${name} (${latin}) /`,
      `委托人签名：________________ / ${name}（${latin}）/`,
      `Signature of the principal: ________________ / ${name} (${latin}) /`,
    ),
  ];
  return { id: "poa", paragraphs };
}

export function buildDocuments(a: Answers, operator: PaperworkOperator): PaperworkDocument[] {
  const poa = buildPowerOfAttorney(a, operator);
  return poa ? [buildApplication(a, operator), poa] : [buildApplication(a, operator)];
}
