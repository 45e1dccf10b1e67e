import { describe, expect, it } from "vitest";
import { buildApplication, buildDocuments, buildPowerOfAttorney, type PaperworkDocument } from "@/lib/paperwork/documents";
import { emptyValues, parseAnswers, type Answers, type FormValues } from "@/lib/paperwork/schema";

const OPERATORS = ["mts", "megafon", "beeline", "t2", "yota"];
const TODAY = "2026-11-26";
const T2 = { slug: "t2", nameRu: "Т2", nameZh: "T2（原 Tele2）", nameEn: "T2 (formerly Tele2)" };
const YOTA = { slug: "yota", nameRu: "Yota", nameZh: "Yota", nameEn: "Yota" };

const base: FormValues = {
  ...emptyValues(),
  operator: "t2",
  phone: "8 (912) 345-67-89",
  surnameLatin: "Zhang",
  givenNamesLatin: "Xiuying",
  surnameCyrillic: "Чжан",
  givenNamesCyrillic: "Сюин",
  passportNumber: "EG 7301946",
  passportCountry: "CN",
  passportIssued: "2019-04-02",
  contractNumber: "77-123",
  contractDate: "15.07.2018",
  refund: "bank",
  recipient: "Чжан Сюин",
  bankName: "АО «Альфа-Банк»",
  bic: "045004774",
  correspondentAccount: "30101810600000000774",
  bankAccount: "40817810300001234567",
  submitter: "representative",
  repName: "Иванова Мария Петровна",
  repBirthDate: "1985-05-05",
  repPassportKind: "russian",
  repPassportNumber: "4510 123456",
  repPassportIssued: "2015-10-10",
  poaTerm: "1y",
  city: "Пекин",
  date: "2026-11-20",
};

function answersOf(values: Partial<FormValues> = {}): Answers {
  const result = parseAnswers({ ...base, ...values }, { operators: OPERATORS, today: TODAY });
  if (!result.ok) throw new Error(`invalid test answers: ${JSON.stringify(result.errors)}`);
  return result.answers;
}

const russian = (doc: PaperworkDocument) => doc.paragraphs.map((p) => p.ru).join("\n");
const chinese = (doc: PaperworkDocument) => doc.paragraphs.map((p) => p.zh).join("\n");

describe("the application", () => {
  const doc = buildApplication(answersOf(), T2);
  const text = russian(doc);

  it("is addressed to the operator's company and names the applicant in Cyrillic and as in the passport", () => {
    expect(doc.paragraphs[0]).toMatchObject({ kind: "addressee", ru: "В ООО «Т2 Мобайл»" });
    expect(text).toContain("Заявитель: Чжан Сюин (ZHANG XIUYING)");
    expect(text).toContain("паспорт № EG7301946, страна выдачи: Китайская Народная Республика, дата выдачи 02.04.2019");
    expect(text).toContain("Абонентский номер: +7 912 345 67 89");
  });

  it("asks to end the contract and refund the balance to the bank account", () => {
    expect(text).toContain("ЗАЯВЛЕНИЕ");
    expect(text).toContain("о расторжении договора об оказании услуг связи и возврате остатка денежных средств");
    expect(text).toContain(
      "Прошу расторгнуть договор об оказании услуг подвижной радиотелефонной связи № 77-123 от 15.07.2018, заключённый со мной, и прекратить оказание услуг связи по абонентскому номеру +7 912 345 67 89.",
    );
    expect(text).toContain("Остаток денежных средств на лицевом счёте прошу перечислить по следующим реквизитам:");
    expect(text).toContain("БИК: 045004774;");
    expect(text).toContain("корреспондентский счёт: 30101810600000000774;");
    expect(text).toContain("счёт получателя: 40817810300001234567.");
  });

  it("names the representative, encloses the power of attorney, and ends with place, date and signature", () => {
    expect(text).toContain("Заявление подаётся моим представителем по доверенности: Иванова Мария Петровна.");
    expect(text).toContain("Приложение: доверенность.");
    expect(text).toContain("г. Пекин, 20.11.2026");
    expect(doc.paragraphs.at(-1)).toMatchObject({ kind: "signature" });
    expect(doc.paragraphs.at(-1)!.ru).toContain("/ Чжан Сюин /");
  });

  it("gives every paragraph its meaning in Chinese and English", () => {
    for (const paragraph of doc.paragraphs) {
      expect(paragraph.zh.trim()).not.toBe("");
      expect(paragraph.en.trim()).not.toBe("");
      expect(paragraph.zh).not.toBe(paragraph.ru);
    }
    expect(chinese(doc)).toContain("我请求解除与我签订的移动无线电话通信服务合同");
    expect(chinese(doc)).toContain("请将我个人账户上的剩余款项按以下银行信息转账");
  });

  it("moves the balance to another number, or claims no refund", () => {
    const transfer = russian(buildApplication(answersOf({ refund: "transfer", transferPhone: "+7 900 111-22-33" }), T2));
    expect(transfer).toContain(
      "Остаток денежных средств на лицевом счёте прошу перевести на лицевой счёт абонентского номера +7 900 111 22 33, обслуживаемого тем же оператором связи.",
    );
    expect(transfer).not.toContain("БИК");
    const none = buildApplication(answersOf({ refund: "none" }), T2);
    expect(russian(none)).toContain("Возврата остатка денежных средств на лицевом счёте не требую.");
    expect(none.paragraphs.find((p) => p.kind === "subtitle")!.ru).toBe("о расторжении договора об оказании услуг связи");
  });

  it("leaves blanks for what is unknown: the company, the place and the date", () => {
    const doc = buildApplication(answersOf({ operator: "yota", city: "", date: "", submitter: "self" }), YOTA);
    const text = russian(doc);
    expect(doc.paragraphs[0].ru).toBe("В ____________________ (оператор связи «Yota»)");
    expect(text).toContain("____________________, «___» ____________ 20___ г.");
    expect(text).not.toContain("представителем");
    expect(text).not.toContain("Приложение");
  });

  it("adds the date of birth and the personal account when given", () => {
    const doc = buildApplication(answersOf({ birthDate: "1990-01-01", personalAccount: "592047316" }), T2);
    expect(russian(doc)).toContain("Дата рождения: 01.01.1990");
    expect(russian(doc)).toContain("по абонентскому номеру +7 912 345 67 89 (лицевой счёт № 592047316).");
    expect(chinese(doc)).toContain("+7 912 345 67 89（个人账户号 592047316）提供通信服务");
    expect(chinese(buildApplication(answersOf(), T2))).toContain("+7 912 345 67 89 提供通信服务");
    const poa = russian(buildPowerOfAttorney(answersOf({ birthDate: "1990-01-01" }), T2)!);
    expect(poa).toContain("я, Чжан Сюин (ZHANG XIUYING), дата рождения 01.01.1990, паспорт № EG7301946");
  });

  it("uses the company the reader typed over the default one", () => {
    const doc = buildApplication(answersOf({ addressee: "ООО «Т2 Мобайл» (филиал в г. Москве)" }), T2);
    expect(doc.paragraphs[0].ru).toBe("В ООО «Т2 Мобайл» (филиал в г. Москве)");
  });
});

describe("the power of attorney", () => {
  const doc = buildPowerOfAttorney(answersOf(), T2)!;
  const text = russian(doc);

  it("grants the powers in the conventional words, with the right to receive the balance stated explicitly", () => {
    expect(doc.paragraphs[0].ru).toBe("ДОВЕРЕННОСТЬ");
    expect(text).toContain("г. Пекин, 20 ноября 2026 г.");
    expect(text).toContain(
      "Настоящей доверенностью я, Чжан Сюин (ZHANG XIUYING), паспорт № EG7301946, страна выдачи: Китайская Народная Республика, дата выдачи 02.04.2019, уполномочиваю лицо, указанное ниже (далее — Представитель), представлять мои интересы в ООО «Т2 Мобайл»",
    );
    expect(text).toContain("по абонентскому номеру +7 912 345 67 89");
    expect(text).toContain("расторгнуть от моего имени указанный договор");
    expect(text).toContain("подавать и получать заявления, справки, уведомления и иные документы;");
    expect(text).toContain("получать причитающиеся мне денежные средства (остаток аванса на лицевом счёте)");
    expect(text).toContain("расписываться за меня");
    expect(text).toContain("Подпись доверителя: ________________ / Чжан Сюин (ZHANG XIUYING) /");
  });

  it("describes a Russian or a foreign representative's passport", () => {
    expect(text).toContain(
      "Представитель: Иванова Мария Петровна, дата рождения 05.05.1985, паспорт гражданина Российской Федерации серии 45 10 № 123456, выдан 10.10.2015.",
    );
    const foreign = russian(
      buildPowerOfAttorney(
        answersOf({ repPassportKind: "foreign", repName: "Li Wei", repPassportNumber: "E1234567", repPassportCountry: "CN" }),
        T2,
      )!,
    );
    expect(foreign).toContain("Представитель: Li Wei, дата рождения 05.05.1985, паспорт № E1234567, страна выдачи: Китайская Народная Республика, дата выдачи 10.10.2015.");
  });

  it("states its term (article 186: one year when none is stated) and forbids substitution", () => {
    expect(text).toContain("Доверенность выдана сроком на один год без права передоверия.");
    expect(russian(buildPowerOfAttorney(answersOf({ poaTerm: "3y" }), T2)!)).toContain("сроком на три года");
    expect(russian(buildPowerOfAttorney(answersOf({ poaTerm: "6m" }), T2)!)).toContain("сроком на шесть месяцев");
    expect(russian(buildPowerOfAttorney(answersOf({ poaTerm: "until", poaUntil: "2027-12-31" }), T2)!)).toContain(
      "Доверенность выдана сроком до 31 декабря 2027 г. включительно без права передоверия.",
    );
  });

  it("has its Chinese meaning, including the power to receive money", () => {
    expect(chinese(doc)).toContain("领取应归我所有的款项（个人账户上预付款的余额）");
    expect(chinese(doc)).toContain("本委托书有效期为一年");
  });

  it("is not made when the reader hands the application in personally", () => {
    const answers = answersOf({ submitter: "self" });
    expect(buildPowerOfAttorney(answers, T2)).toBeNull();
    expect(buildDocuments(answers, T2).map((d) => d.id)).toEqual(["application"]);
    expect(buildDocuments(answersOf(), T2).map((d) => d.id)).toEqual(["application", "poa"]);
  });

  it("addresses an operator whose company is unknown by its brand", () => {
    const text = russian(buildPowerOfAttorney(answersOf({ operator: "yota" }), YOTA)!);
    expect(text).toContain("представлять мои интересы у оператора связи «Yota»");
  });
});
