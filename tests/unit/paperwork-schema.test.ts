import { describe, expect, it } from "vitest";
import { emptyValues, FIELD_ORDER, parseAnswers, parseContact, parseRussianMobile, type FormValues } from "@/lib/paperwork/schema";
import { formatDate, formatLongDate, localToday, parseDate } from "@/lib/paperwork/dates";

const OPERATORS = ["mts", "t2"];
const TODAY = "2026-11-26";

const valid: FormValues = {
  ...emptyValues(),
  operator: "mts",
  phone: "+7 912 345 67 89",
  surnameLatin: "WANG",
  givenNamesLatin: "FANG",
  surnameCyrillic: "Ван",
  givenNamesCyrillic: "Фан",
  passportNumber: "E12345678",
  passportIssued: "2020-02-01",
  refund: "none",
  submitter: "self",
};

const errorsOf = (values: Partial<FormValues>) => {
  const result = parseAnswers({ ...valid, ...values }, { operators: OPERATORS, today: TODAY });
  return result.ok ? {} : result.errors;
};

describe("paperwork form schema", () => {
  it("accepts the smallest complete answer", () => {
    const result = parseAnswers(valid, { operators: OPERATORS, today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toMatchObject({
      operator: "mts",
      phone: "+7 912 345 67 89",
      subscriber: { surnameLatin: "WANG", surnameCyrillic: "Ван", passport: { number: "E12345678", country: "CN", issued: "2020-02-01" } },
      refund: { kind: "none" },
      representative: null,
      city: null,
      date: null,
    });
  });

  it("names every missing required field, in form order", () => {
    const errors = parseAnswers(emptyValues(), { operators: OPERATORS, today: TODAY });
    expect(errors.ok).toBe(false);
    if (errors.ok) return;
    const fields = Object.keys(errors.errors);
    expect(fields).toEqual(expect.arrayContaining(["operator", "phone", "surnameLatin", "surnameCyrillic", "passportNumber", "passportIssued", "recipient", "bic", "bankAccount", "repName", "repBirthDate", "repPassportNumber", "repPassportIssued"]));
    expect(Object.values(errors.errors).every((code) => code === "required")).toBe(true);
    const order = fields.map((f) => FIELD_ORDER.indexOf(f as (typeof FIELD_ORDER)[number]));
    expect(order.every((i) => i >= 0)).toBe(true);
  });

  it("checks phone numbers with libphonenumber", () => {
    expect(errorsOf({ phone: "+7 495 123 45 67" })).toEqual({ phone: "phone_invalid" }); // a Moscow landline
    expect(errorsOf({ phone: "+7 701 123 4567" })).toEqual({ phone: "phone_not_russian" }); // Kazakhstan shares +7
    expect(errorsOf({ phone: "12345" })).toEqual({ phone: "phone_invalid" });
    expect(parseRussianMobile("8 912 345-67-89")).toMatchObject({ ok: true, e164: "+79123456789" });
    expect(errorsOf({ refund: "transfer", transferPhone: "89123456789" })).toEqual({ transferPhone: "phone_same" });
    expect(errorsOf({ refund: "transfer", transferPhone: "+7 900 111 22 33" })).toEqual({});
  });

  it("checks the contact as an e-mail address or a mobile number", () => {
    expect(parseContact("wang@example.cn")).toBe("wang@example.cn");
    expect(parseContact("13800138000")).toBe("+86 138 0013 8000");
    expect(parseContact("+7 912 345 67 89")).toBe("+7 912 345 67 89");
    expect(errorsOf({ contact: "wang@" })).toEqual({ contact: "contact_invalid" });
    expect(errorsOf({ contact: "call me" })).toEqual({ contact: "contact_invalid" });
  });

  it("wants Latin letters as in the passport and Cyrillic as in the contract", () => {
    expect(errorsOf({ surnameLatin: "王", givenNamesCyrillic: "Fang" })).toEqual({
      surnameLatin: "latin_only",
      givenNamesCyrillic: "cyrillic_only",
    });
    expect(errorsOf({ city: "Beijing" })).toEqual({ city: "cyrillic_only" });
  });

  it("checks bank details against the Bank of Russia's rules", () => {
    const bank = { refund: "bank", recipient: "Ван Фан", bankName: "ПАО Сбербанк", bic: "044525225", bankAccount: "40817810338041234567" };
    expect(errorsOf(bank)).toEqual({});
    expect(errorsOf({ ...bank, bic: "04452522" })).toEqual({ bic: "bic_format" });
    expect(errorsOf({ ...bank, bic: "144525225" })).toEqual({ bic: "bic_country" });
    expect(errorsOf({ ...bank, bankAccount: "40817810438041234567" })).toEqual({ bankAccount: "account_key" });
    expect(errorsOf({ ...bank, bankAccount: "4081781033804123456" })).toEqual({ bankAccount: "account_format" });
    expect(errorsOf({ ...bank, correspondentAccount: "30101810400000000225" })).toEqual({});
    expect(errorsOf({ ...bank, correspondentAccount: "30101810500000000225" })).toEqual({ correspondentAccount: "corr_key" });
    // a wrong BIC: the account's key cannot be checked, so only the BIC is reported
    expect(errorsOf({ ...bank, bic: "044525000" })).toEqual({ bankAccount: "account_key" });
    expect(errorsOf({ ...bank, bic: "12" })).toEqual({ bic: "bic_format" });
  });

  it("checks dates: real days, not in the future, and a power of attorney's end after its start", () => {
    expect(errorsOf({ passportIssued: "2021-02-30" })).toEqual({ passportIssued: "date_invalid" });
    expect(errorsOf({ passportIssued: "2026-12-01" })).toEqual({ passportIssued: "date_future" });
    expect(errorsOf({ passportIssued: "01.02.2020" })).toEqual({});
    expect(errorsOf({ birthDate: "1850-01-01" })).toEqual({ birthDate: "date_range" });
    expect(errorsOf({ date: "2029-01-01" })).toEqual({ date: "date_range" });
    const rep = {
      submitter: "representative",
      repName: "Петров Пётр",
      repBirthDate: "1980-01-01",
      repPassportKind: "russian",
      repPassportNumber: "45 10 123456",
      repPassportIssued: "2010-01-01",
    };
    expect(errorsOf(rep)).toEqual({});
    expect(errorsOf({ ...rep, poaTerm: "until", poaUntil: "2026-11-01" })).toEqual({ poaUntil: "until_before_start" });
    expect(errorsOf({ ...rep, poaTerm: "until", poaUntil: "2027-11-01" })).toEqual({});
    expect(errorsOf({ ...rep, repPassportNumber: "E1234567" })).toEqual({ repPassportNumber: "ru_passport_invalid" });
    expect(errorsOf({ ...rep, repName: "Petrov Petr" })).toEqual({ repName: "cyrillic_only" });
    expect(errorsOf({ ...rep, repName: "Li Wei", repPassportKind: "foreign", repPassportNumber: "E1234567", repPassportCountry: "" })).toEqual({
      repPassportCountry: "required",
    });
  });
});

describe("dates through Intl", () => {
  it("parses ISO and dotted dates and refuses days that do not exist", () => {
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
    expect(parseDate("29.02.2024")).toBe("2024-02-29");
    expect(parseDate("2023-02-29")).toBeNull();
    expect(parseDate("2023-13-01")).toBeNull();
    expect(parseDate("yesterday")).toBeNull();
  });

  it("formats for the documents and their meaning", () => {
    expect(formatDate("2020-02-01", "ru")).toBe("01.02.2020");
    expect(formatDate("2020-02-01", "zh")).toBe("2020年2月1日");
    expect(formatDate("2020-02-01", "en")).toBe("1 February 2020");
    expect(formatLongDate("2020-02-01", "ru")).toBe("1 февраля 2020 г.");
    expect(localToday(new Date(2026, 10, 26, 12))).toBe("2026-11-26");
  });
});
